package org.nacrad.knime.learn.filter;

import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.nacrad.knime.learn.node.LearnNodeModel;
import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.knime.learn.port.LearnModelPortObjectSpec;
import org.nacrad.knime.learn.table.FeatureTables;
import org.nacrad.knime.util.SettingsGroup;

/** Keeps a selection model's features (and all non-candidate columns) in any table. */
final class FeatureFilterNodeModel extends LearnNodeModel<FeatureFilterNodeModel.NoSettings> {

    /** The node has no settings: the model says everything. */
    static final class NoSettings extends SettingsGroup {
        @Override
        protected List<SettingsModel> models() {
            return List.of();
        }
    }

    FeatureFilterNodeModel() {
        super(new NoSettings(), new PortType[] {LearnModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        LearnModelPortObjectSpec model = LearnModelPortObjectSpec.require(inSpecs[0], SelectionModel.KIND);
        DataTableSpec spec = (DataTableSpec) inSpecs[1];
        if (model == null) {
            return new PortObjectSpec[] {null};
        }
        // the candidates are in the model object only; the spec is known once it has run
        List<String> missing = model.features().stream().filter(c -> !spec.containsName(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("The table lacks selected feature column(s) " + missing + ".");
        }
        return new PortObjectSpec[] {null};
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        SelectionModel m = SelectionModel.of((LearnModelPortObject) in[0]);
        BufferedDataTable table = (BufferedDataTable) in[1];
        List<String> kept = SelectionModel.kept(table.getDataTableSpec(), m.selection().selected(), m.candidates());
        return new PortObject[] {FeatureTables.select(table, kept, exec)};
    }
}
