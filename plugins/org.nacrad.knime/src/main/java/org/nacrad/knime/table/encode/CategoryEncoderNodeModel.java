package org.nacrad.knime.table.encode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.cohort.CategoryCodes;
import org.nacrad.knime.util.Cells;
import org.nacrad.knime.util.NacradNodeModel;
import org.nacrad.knime.util.Rows;

/**
 * Replaces categorical string columns by integer codes in natural level order (negative → 0, positive → 1;
 * N0 … N3 → 0 … 3), so learners that need numbers can use clinical variables. The coding uses only the values, not
 * the outcome, so coding the whole cohort leaks nothing.
 */
final class CategoryEncoderNodeModel extends NacradNodeModel<CategoryEncoderSettings> {

    CategoryEncoderNodeModel() {
        super(new CategoryEncoderSettings(), 1, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        return new DataTableSpec[] {outSpec(inSpecs[0], settings.columns(inSpecs[0]))};
    }

    private static DataTableSpec outSpec(DataTableSpec in, List<String> encoded) {
        DataColumnSpec[] cols = new DataColumnSpec[in.getNumColumns()];
        for (int i = 0; i < cols.length; i++) {
            DataColumnSpec c = in.getColumnSpec(i);
            cols[i] = encoded.contains(c.getName()) ? new DataColumnSpecCreator(c.getName(), IntCell.TYPE).createSpec()
                : c;
        }
        return new DataTableSpec(cols);
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        DataTableSpec spec = inData[0].getDataTableSpec();
        List<String> encoded = settings.columns(spec);
        Map<Integer, CategoryCodes> codes = new HashMap<>();
        List<String> levels = new ArrayList<>();
        for (String c : encoded) {
            int idx = spec.findColumnIndex(c);
            List<String> values = new ArrayList<>();
            for (DataRow row : inData[0]) {
                values.add(Cells.string(row.getCell(idx)));
            }
            CategoryCodes cc = CategoryCodes.fit(values);
            codes.put(idx, cc);
            levels.add(c + ": " + cc.levels());
        }
        BufferedDataContainer out = exec.createDataContainer(outSpec(spec, encoded));
        for (DataRow row : inData[0]) {
            exec.checkCanceled();
            Map<Integer, DataCell> replaced = new HashMap<>();
            codes.forEach((idx, cc) -> {
                String v = Cells.string(row.getCell(idx));
                replaced.put(idx, v == null ? DataType.getMissingCell() : new IntCell(cc.code(v)));
            });
            out.addRowToTable(Rows.with(row, replaced, List.of()));
        }
        out.close();
        if (!levels.isEmpty()) {
            getLogger().info("Category codes (0, 1, ...): " + String.join("; ", levels));
        }
        return new BufferedDataTable[] {out.getTable()};
    }
}
