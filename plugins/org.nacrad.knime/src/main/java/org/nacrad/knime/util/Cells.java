package org.nacrad.knime.util;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.nacrad.cohort.csv.ColumnType;

/** Conversions between plain Java values (as the core bundles produce them) and KNIME cells. */
public final class Cells {

    private Cells() {
    }

    public static DataType type(ColumnType t) {
        return switch (t) {
            case INTEGER -> IntCell.TYPE;
            case LONG -> LongCell.TYPE;
            case DOUBLE -> DoubleCell.TYPE;
            case BOOLEAN -> BooleanCell.TYPE;
            case STRING -> StringCell.TYPE;
        };
    }

    /** A cell for a value of the given column type; null → missing cell. */
    public static DataCell cell(Object value, ColumnType t) {
        if (value == null) {
            return DataType.getMissingCell();
        }
        return switch (t) {
            case INTEGER -> new IntCell((Integer) value);
            case LONG -> new LongCell((Long) value);
            case DOUBLE -> new DoubleCell((Double) value);
            case BOOLEAN -> (Boolean) value ? BooleanCell.TRUE : BooleanCell.FALSE;
            case STRING -> new StringCell(value.toString());
        };
    }

    /** A double cell, missing for NaN (KNIME's convention for "no value"). */
    public static DataCell doubleCell(double v) {
        return Double.isNaN(v) ? DataType.getMissingCell() : new DoubleCell(v);
    }

    /** The string content of a cell, or null when missing. */
    public static String string(DataCell c) {
        if (c.isMissing()) {
            return null;
        }
        return c instanceof StringValue s ? s.getStringValue() : c.toString();
    }

    /** The numeric content of a cell, NaN when missing or not numeric. */
    public static double number(DataCell c) {
        if (c.isMissing()) {
            return Double.NaN;
        }
        if (c instanceof IntValue i) {
            return i.getIntValue();
        }
        if (c instanceof LongValue l) {
            return l.getLongValue();
        }
        return c instanceof DoubleValue d ? d.getDoubleValue() : Double.NaN;
    }
}
