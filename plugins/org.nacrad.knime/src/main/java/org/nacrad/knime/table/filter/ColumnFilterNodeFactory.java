package org.nacrad.knime.table.filter;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** Column Filter by name and prefix patterns. */
public final class ColumnFilterNodeFactory extends NacradNodeFactory<ColumnFilterNodeModel> {

    @Override
    public ColumnFilterNodeModel createNodeModel() {
        return new ColumnFilterNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        ColumnFilterSettings s = new ColumnFilterSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.include, "Keep (names, prefix*)"));
        pane.addDialogComponent(new DialogComponentString(s.exclude, "Except (names, prefix*)"));
        return pane;
    }
}
