package org.nacrad.knime.learn.combat;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.nacrad.knime.learn.node.LearnNodeModel;
import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.knime.learn.port.LearnModelPortObjectSpec;
import org.nacrad.knime.learn.table.ColumnPatterns;
import org.nacrad.knime.learn.table.FeatureTables;
import org.nacrad.learn.combat.ComBatResult;

/** Harmonises any table (e.g. held-out rows) with the training estimates of a ComBat model. */
final class ComBatApplyNodeModel extends LearnNodeModel<ComBatApplySettings> {

    ComBatApplyNodeModel() {
        super(new ComBatApplySettings(), new PortType[] {LearnModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings.policy();
        LearnModelPortObjectSpec model = LearnModelPortObjectSpec.require(inSpecs[0], ComBatModel.KIND);
        DataTableSpec spec = (DataTableSpec) inSpecs[1];
        if (model == null) {
            return new PortObjectSpec[] {null};
        }
        check(model, spec);
        return new PortObjectSpec[] {FeatureTables.asDoubles(spec, model.features())};
    }

    private static void check(LearnModelPortObjectSpec model, DataTableSpec spec) throws InvalidSettingsException {
        ColumnPatterns.requireNumeric(model.features(), spec, "ComBat Apply");
        ColumnPatterns.requirePresent(model.requiredColumns(), spec, "ComBat Apply");
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        LearnModelPortObject port = (LearnModelPortObject) in[0];
        BufferedDataTable table = (BufferedDataTable) in[1];
        check(port.getSpec(), table.getDataTableSpec());
        ComBatModel m = ComBatModel.of(port);
        exec.setProgress(0.1, "reading " + m.features().size() + " features");
        ComBatResult r = m.model().transform(FeatureTables.matrix(table, m.features()),
            ComBatModel.batches(table, m.batchColumn()), ComBatModel.covariates(table, m.categorical(),
                m.continuous()), settings.policy());
        exec.checkCanceled();
        if (!r.warnings().isEmpty()) {
            setWarningMessage(String.join("\n", r.warnings()));
        }
        return new PortObject[] {FeatureTables.replace(table, r.data(), exec)};
    }
}
