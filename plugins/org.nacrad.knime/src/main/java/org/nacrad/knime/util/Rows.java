package org.nacrad.knime.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.def.DefaultRow;

/** Small row builders for nodes that replace or append cells. */
public final class Rows {

    private Rows() {
    }

    /** The row with the cells at the given indices replaced and {@code appended} added at the end. */
    public static DataRow with(DataRow row, Map<Integer, DataCell> replaced, List<DataCell> appended) {
        List<DataCell> cells = new ArrayList<>(row.getNumCells() + appended.size());
        for (int i = 0; i < row.getNumCells(); i++) {
            cells.add(replaced.getOrDefault(i, row.getCell(i)));
        }
        cells.addAll(appended);
        return new DefaultRow(row.getKey(), cells);
    }
}
