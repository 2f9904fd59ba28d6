package org.nacrad.knime.learn.scaler;

import java.util.HashSet;
import java.util.List;

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
import org.nacrad.knime.learn.table.MissingValueOption;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.MissingValues;
import org.nacrad.learn.scaling.FittedRobustScaler;

/** Fits per-column median and quantile range on the training rows; outputs them scaled and the model. */
final class RobustScalerLearnerNodeModel extends LearnNodeModel<RobustScalerLearnerSettings> {

    static final String KIND = "Robust Scaler";

    RobustScalerLearnerNodeModel() {
        super(new RobustScalerLearnerSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, LearnModelPortObject.TYPE});
    }

    private List<String> columns(DataTableSpec spec) throws InvalidSettingsException {
        return ColumnPatterns.numeric(settings.columns.getStringValue(), spec,
            new HashSet<>(ColumnPatterns.list(settings.excludeColumns.getStringValue())), "Robust Scaler columns");
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        List<String> cols = columns(spec);
        return new PortObjectSpec[] {FeatureTables.asDoubles(spec, cols),
            new LearnModelPortObjectSpec(KIND, cols, List.of())};
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) in[0];
        List<String> cols = columns(table.getDataTableSpec());
        FeatureMatrix x = FeatureTables.matrix(table, cols);
        int[] rows = MissingValues.rowsToUse(x, MissingValueOption.parse(settings.missingValues.getStringValue()),
            "Training table");
        exec.setProgress(0.3, "fitting on " + rows.length + " rows");
        FittedRobustScaler fitted = settings.scaler().fit(x.selectRows(rows));
        exec.checkCanceled();
        LearnModelPortObject model = new LearnModelPortObject(new LearnModelPortObjectSpec(KIND, cols, List.of()),
            fitted.toState());
        return new PortObject[] {FeatureTables.replace(table, fitted.transform(x), exec), model};
    }
}
