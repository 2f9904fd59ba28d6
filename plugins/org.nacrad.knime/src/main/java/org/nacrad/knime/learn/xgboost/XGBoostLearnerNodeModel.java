package org.nacrad.knime.learn.xgboost;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.nacrad.knime.learn.node.LearnNodeModel;
import org.nacrad.knime.learn.port.LearnModelPortObject;
import org.nacrad.knime.learn.table.MissingValueOption;
import org.nacrad.knime.learn.table.TrainingData;
import org.nacrad.knime.util.Cells;
import org.nacrad.knime.util.Threads;
import org.nacrad.learn.xgboost.selection.GridSearchCV;
import org.nacrad.learn.xgboost.selection.GridSearchResult;
import org.nacrad.learn.xgboost.selection.Oversampling;

/**
 * Fits a binary XGBoost classifier: every grid candidate is cross-validated on stratified folds of the training
 * rows (optionally with SMOTE-NC inside each training fold, SMOTEN when every feature is categorical), the best
 * is refitted on all of them.
 */
final class XGBoostLearnerNodeModel extends LearnNodeModel<XGBoostLearnerSettings> {

    XGBoostLearnerNodeModel() {
        super(new XGBoostLearnerSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {LearnModelPortObject.TYPE, BufferedDataTable.TYPE});
    }

    private List<String> features(DataTableSpec spec) throws InvalidSettingsException {
        return TrainingData.features(spec, settings.targetColumn.getStringValue(),
            settings.featureColumns.getStringValue(), settings.excludeColumns.getStringValue(), "XGBoost features");
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings.parameterGrid();
        settings.params.params();
        return new PortObjectSpec[] {XGBoostModel.spec(features((DataTableSpec) inSpecs[0])), resultSpec()};
    }

    private DataTableSpec resultSpec() {
        List<DataColumnSpec> cols = new ArrayList<>();
        cols.add(new DataColumnSpecCreator("candidate", IntCell.TYPE).createSpec());
        cols.add(new DataColumnSpecCreator("parameters", StringCell.TYPE).createSpec());
        cols.add(new DataColumnSpecCreator("mean_score", DoubleCell.TYPE).createSpec());
        cols.add(new DataColumnSpecCreator("sd_score", DoubleCell.TYPE).createSpec());
        cols.add(new DataColumnSpecCreator("rank", IntCell.TYPE).createSpec());
        cols.add(new DataColumnSpecCreator("best", BooleanCell.TYPE).createSpec());
        for (int f = 0; f < settings.cv.folds.getIntValue(); f++) {
            cols.add(new DataColumnSpecCreator("fold_" + f, DoubleCell.TYPE).createSpec());
        }
        return new DataTableSpec(cols.toArray(DataColumnSpec[]::new));
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) in[0];
        List<String> features = features(table.getDataTableSpec());
        TrainingData d = TrainingData.of(table, features, settings.targetColumn.getStringValue(),
            settings.positiveClass.getStringValue(), MissingValueOption.parse(settings.missingValues
                .getStringValue()), "Training table");
        int threads = settings.threads.getIntValue() > 0 ? settings.threads.getIntValue() : Threads.count();
        Oversampling oversampling = settings.oversampling();
        GridSearchCV search = new GridSearchCV(settings.params.params(), settings.parameterGrid(), settings.cv.folds(),
            settings.cv.scoring(), oversampling, threads);
        exec.setProgress(0.1, "grid search: " + settings.parameterGrid().candidates().size() + " candidate(s) × "
            + settings.cv.folds.getIntValue() + " folds on " + d.x().rowCount() + " rows, " + features.size()
            + " features");
        GridSearchResult r = search.fit(d.x(), d.y());
        exec.checkCanceled();
        warnIfSmoten(oversampling, d.x().columns());
        XGBoostModel model = new XGBoostModel(r.model(), settings.targetColumn.getStringValue(),
            d.target().negative(), d.target().positive());
        return new PortObject[] {model.port(), results(r, exec)};
    }

    /** SMOTE-NC needs a continuous column; feature elimination upstream can leave only categorical ones. */
    private void warnIfSmoten(Oversampling oversampling, List<String> features) {
        if (oversampling != null && oversampling.usesSmoten(features)) {
            int folds = settings.cv.folds.getIntValue();
            setWarningMessage("Every feature is categorical (" + String.join(", ", features) + "): oversampled with "
                + "SMOTEN instead of SMOTE-NC in all " + (folds + 1) + " fits (" + folds + " training folds and the "
                + "refit).");
        }
    }

    private BufferedDataTable results(GridSearchResult r, ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(resultSpec());
        for (int c = 0; c < r.candidates().size(); c++) {
            GridSearchResult.Candidate cand = r.candidates().get(c);
            List<DataCell> cells = new ArrayList<>(List.of(new IntCell(c), new StringCell(cand.values().isEmpty()
                ? cand.params().toString() : cand.values().toString()), Cells.doubleCell(cand.mean()),
                Cells.doubleCell(cand.sd()), new IntCell(cand.rank()), BooleanCell.get(c == r.bestIndex())));
            for (double s : cand.foldScores()) {
                cells.add(Cells.doubleCell(s));
            }
            out.addRowToTable(new DefaultRow(new RowKey("candidate " + c), cells));
        }
        out.close();
        return out.getTable();
    }
}
