package org.nacrad.knime.learn.scaler;

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
import org.nacrad.knime.learn.table.ColumnPatterns;
import org.nacrad.knime.learn.table.FeatureTables;
import org.nacrad.knime.util.SettingsGroup;
import org.nacrad.learn.scaling.FittedRobustScaler;

/** Scales a table's columns with the centres and scales of a fitted robust scaler. */
final class RobustScalerApplyNodeModel extends LearnNodeModel<RobustScalerApplyNodeModel.NoSettings> {

    RobustScalerApplyNodeModel() {
        super(new NoSettings(), new PortType[] {LearnModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    /** The node has no settings: the model says everything. */
    static final class NoSettings extends SettingsGroup {
        @Override
        protected List<SettingsModel> models() {
            return List.of();
        }
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        LearnModelPortObjectSpec model =
            LearnModelPortObjectSpec.require(inSpecs[0], RobustScalerLearnerNodeModel.KIND);
        if (model == null) {
            return new PortObjectSpec[] {null};
        }
        DataTableSpec spec = (DataTableSpec) inSpecs[1];
        ColumnPatterns.requireNumeric(model.features(), spec, "Robust Scaler Apply");
        return new PortObjectSpec[] {FeatureTables.asDoubles(spec, model.features())};
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        LearnModelPortObject port = (LearnModelPortObject) in[0];
        BufferedDataTable table = (BufferedDataTable) in[1];
        FittedRobustScaler scaler = FittedRobustScaler.fromState(port.state());
        exec.setProgress(0.2, "scaling " + scaler.columns().size() + " columns");
        return new PortObject[] {
            FeatureTables.replace(table, scaler.transform(FeatureTables.matrix(table, scaler.columns())), exec)};
    }
}
