package org.nacrad.knime.learn.rfe;

import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.nacrad.knime.learn.filter.SelectionModel;
import org.nacrad.knime.learn.node.LearnNodeModel;
import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.knime.learn.table.FeatureTables;
import org.nacrad.knime.learn.table.MissingValueOption;
import org.nacrad.knime.learn.table.TrainingData;
import org.nacrad.knime.util.Cells;
import org.nacrad.knime.util.Threads;
import org.nacrad.learn.xgboost.selection.RecursiveFeatureElimination;
import org.nacrad.learn.xgboost.selection.RfeCvResult;

/**
 * Recursive feature elimination with XGBoost importances, the number of features chosen by cross-validation
 * (scikit-learn RFECV); outputs the filtered table, the selection model and the CV score curve.
 */
final class RfeNodeModel extends LearnNodeModel<RfeSettings> {

    RfeNodeModel() {
        super(new RfeSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE, LearnModelPortObject.TYPE, BufferedDataTable.TYPE});
    }

    private List<String> features(DataTableSpec spec) throws InvalidSettingsException {
        return TrainingData.features(spec, settings.targetColumn.getStringValue(),
            settings.featureColumns.getStringValue(), settings.excludeColumns.getStringValue(), "RFE features");
    }

    private static DataTableSpec curveSpec() {
        return new DataTableSpec(new String[] {"n_features", "mean_score", "sd_score", "selected"},
            new DataType[] {IntCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, BooleanCell.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        features((DataTableSpec) inSpecs[0]);
        settings.step();
        return new PortObjectSpec[] {null, null, curveSpec()};
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) in[0];
        List<String> features = features(table.getDataTableSpec());
        TrainingData d = TrainingData.of(table, features, settings.targetColumn.getStringValue(),
            settings.positiveClass.getStringValue(), MissingValueOption.parse(settings.missingValues
                .getStringValue()), "Training table");
        int threads = settings.threads.getIntValue() > 0 ? settings.threads.getIntValue() : Threads.count();
        RecursiveFeatureElimination rfe = new RecursiveFeatureElimination(settings.params.params(), settings.step(),
            settings.minFeatures.getIntValue(), settings.cv.folds(), settings.cv.scoring(),
            settings.importanceType(), threads);
        exec.setProgress(0.1, "RFE-CV on " + d.x().rowCount() + " rows, " + features.size() + " features");
        RfeCvResult r = rfe.fitCv(d.x(), d.y());
        exec.checkCanceled();
        SelectionModel model = new SelectionModel(r.selection(), features);
        List<String> kept = SelectionModel.kept(table.getDataTableSpec(), r.selection().selected(), features);
        return new PortObject[] {FeatureTables.select(table, kept, exec), model.port(), curve(r, exec)};
    }

    private static BufferedDataTable curve(RfeCvResult r, ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(curveSpec());
        int[] counts = r.featureCounts();
        int chosen = r.selection().selected().size();
        for (int i = 0; i < counts.length; i++) {
            out.addRowToTable(new DefaultRow(new RowKey(counts[i] + " features"), new IntCell(counts[i]),
                Cells.doubleCell(r.meanScores()[i]), Cells.doubleCell(r.sdScores()[i]),
                BooleanCell.get(counts[i] == chosen)));
        }
        out.close();
        return out.getTable();
    }
}
