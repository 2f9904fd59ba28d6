package org.nacrad.knime.table.encode;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.nacrad.knime.util.NacradNodeFactory;

/** Category Encoder: categorical strings → integer codes. */
public final class CategoryEncoderNodeFactory extends NacradNodeFactory<CategoryEncoderNodeModel> {

    @Override
    public CategoryEncoderNodeModel createNodeModel() {
        return new CategoryEncoderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        CategoryEncoderSettings s = new CategoryEncoderSettings();
        DefaultNodeSettingsPane pane = new DefaultNodeSettingsPane();
        pane.addDialogComponent(new DialogComponentString(s.columns, "Columns (empty = all string columns)"));
        pane.addDialogComponent(new DialogComponentString(s.exclude, "Never encode (when automatic)"));
        return pane;
    }
}
