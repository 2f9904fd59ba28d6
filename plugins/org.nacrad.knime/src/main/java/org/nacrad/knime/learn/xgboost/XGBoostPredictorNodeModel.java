package org.nacrad.knime.learn.xgboost;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
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
import org.nacrad.knime.learn.port.LearnModelPortObjectSpec;
import org.nacrad.knime.learn.table.ColumnPatterns;
import org.nacrad.knime.learn.table.FeatureTables;
import org.nacrad.learn.xgboost.FittedXGBoost;

/**
 * Appends the predicted class (in the training target's values) and the positive-class probability; the table
 * must hold every feature the model was trained on (found by name, extra columns ignored).
 */
final class XGBoostPredictorNodeModel extends LearnNodeModel<XGBoostPredictorSettings> {

    XGBoostPredictorNodeModel() {
        super(new XGBoostPredictorSettings(), new PortType[] {LearnModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        LearnModelPortObjectSpec model = LearnModelPortObjectSpec.require(inSpecs[0], XGBoostModel.KIND);
        DataTableSpec spec = (DataTableSpec) inSpecs[1];
        if (model != null) {
            ColumnPatterns.requireNumeric(model.features(), spec, "XGBoost Predictor");
        }
        return new PortObjectSpec[] {null};
    }

    private DataTableSpec outSpec(DataTableSpec in, boolean integerClasses) throws InvalidSettingsException {
        for (String c : List.of(settings.predictionColumn.getStringValue(), settings.probabilityColumn
            .getStringValue())) {
            if (in.containsName(c)) {
                throw new InvalidSettingsException("The input already has a column '" + c
                    + "'; choose another output column name.");
            }
        }
        return new DataTableSpec(in, new DataTableSpec(
            new DataColumnSpecCreator(settings.predictionColumn.getStringValue(),
                integerClasses ? IntCell.TYPE : StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator(settings.probabilityColumn.getStringValue(), DoubleCell.TYPE).createSpec()));
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        XGBoostModel m = XGBoostModel.of((LearnModelPortObject) in[0]);
        BufferedDataTable table = (BufferedDataTable) in[1];
        FittedXGBoost model = m.model();
        exec.setProgress(0.1, "predicting " + table.getRowCount() + " rows");
        double[] p = model.predictProbability(FeatureTables.matrix(table, model.features()));
        int[] cls = FittedXGBoost.classesOf(p);
        boolean integer = isInteger(m.negative()) && isInteger(m.positive());
        BufferedDataContainer out = exec.createDataContainer(outSpec(table.getDataTableSpec(), integer));
        int r = 0;
        for (DataRow row : table) {
            exec.checkCanceled();
            List<DataCell> cells = new ArrayList<>();
            row.forEach(cells::add);
            String label = cls[r] == 1 ? m.positive() : m.negative();
            cells.add(integer ? new IntCell(Integer.parseInt(label)) : new StringCell(label));
            cells.add(new DoubleCell(p[r]));
            out.addRowToTable(new DefaultRow(row.getKey(), cells));
            r++;
        }
        out.close();
        return new PortObject[] {out.getTable()};
    }

    private static boolean isInteger(String s) {
        return s.matches("-?\\d{1,9}");
    }
}
