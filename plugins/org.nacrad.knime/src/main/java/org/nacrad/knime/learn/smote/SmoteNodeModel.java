package org.nacrad.knime.learn.smote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.nacrad.knime.learn.node.LearnNodeModel;
import org.nacrad.knime.learn.table.ColumnPatterns;
import org.nacrad.knime.learn.table.FeatureTables;
import org.nacrad.knime.learn.table.TargetLabels;
import org.nacrad.knime.util.Cells;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.smote.SmoteNc;
import org.nacrad.learn.smote.SmoteRandom;
import org.nacrad.learn.smote.SmoteResult;
import org.nacrad.learn.smote.Smoten;

/**
 * Stand-alone SMOTE-NC: appends synthetic minority rows to the input. Text categorical columns are coded by their
 * sorted distinct values and decoded back; columns outside the features are missing in synthetic rows. With no
 * continuous column left, SMOTEN replaces SMOTE-NC (with a warning).
 */
final class SmoteNodeModel extends LearnNodeModel<SmoteSettings> {

    SmoteNodeModel() {
        super(new SmoteSettings(), new PortType[] {BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    private List<String> categorical(DataTableSpec spec) throws InvalidSettingsException {
        Set<String> out = new LinkedHashSet<>(ColumnPatterns.list(settings.categoricalColumns
            .getStringValue()));
        ColumnPatterns.requirePresent(new ArrayList<>(out), spec, "Categorical columns");
        if (settings.categoricalByType.getBooleanValue()) {
            Set<String> excluded = excluded();
            for (DataColumnSpec c : spec) {
                if (!ColumnPatterns.isNumeric(c) && !excluded.contains(c.getName())) {
                    out.add(c.getName());
                }
            }
        }
        return new ArrayList<>(out);
    }

    private Set<String> excluded() {
        Set<String> ex = new HashSet<>(ColumnPatterns.list(settings.excludeColumns.getStringValue()));
        ex.add(settings.targetColumn.getStringValue());
        return ex;
    }

    private List<String> continuous(DataTableSpec spec, List<String> categorical) throws InvalidSettingsException {
        if (settings.targetColumn.getStringValue().isBlank()) {
            throw new InvalidSettingsException("Choose the target column.");
        }
        ColumnPatterns.requirePresent(List.of(settings.targetColumn.getStringValue()), spec, "Target column");
        Set<String> ex = excluded();
        ex.addAll(categorical);
        if (settings.featureColumns.getStringValue().isBlank() && !categorical.isEmpty()) {
            return numericLeft(spec, ex); // may be empty: every selected column is categorical, SMOTEN runs
        }
        return ColumnPatterns.numeric(settings.featureColumns.getStringValue(), spec, ex, "SMOTENC features");
    }

    private static List<String> numericLeft(DataTableSpec spec, Set<String> excluded) {
        List<String> out = new ArrayList<>();
        for (DataColumnSpec c : spec) {
            if (ColumnPatterns.isNumeric(c) && !excluded.contains(c.getName())) {
                out.add(c.getName());
            }
        }
        return out;
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        return new DataTableSpec[] {FeatureTables.asDoubles(inSpecs[0], continuous(inSpecs[0],
            categorical(inSpecs[0])))};
    }

    /** Features with categorical columns as codes; {@code levels[i]} decodes text column i (null: numeric). */
    private record Encoded(FeatureMatrix x, List<List<String>> levels) {
    }

    private static Encoded encode(BufferedDataTable table, List<String> cont, List<String> cat)
        throws InvalidSettingsException {
        FeatureMatrix x = FeatureTables.matrix(table, cont);
        List<List<String>> levels = new ArrayList<>();
        for (String c : cat) {
            if (ColumnPatterns.isNumeric(table.getDataTableSpec().getColumnSpec(c))) {
                levels.add(null); // numeric categories are their own codes
                x = x.appendColumns(FeatureTables.matrix(table, List.of(c)));
                continue;
            }
            List<String> values = FeatureTables.strings(table, c);
            List<String> sorted = new ArrayList<>(new TreeSet<>(values.stream().filter(v -> v != null).toList()));
            levels.add(sorted);
            double[][] codes = new double[values.size()][1];
            for (int r = 0; r < codes.length; r++) {
                codes[r][0] = values.get(r) == null ? Double.NaN : sorted.indexOf(values.get(r));
            }
            x = x.appendColumns(new FeatureMatrix(List.of(c), x.rowIds(), codes));
        }
        return new Encoded(x, levels);
    }

    @Override
    protected PortObject[] run(PortObject[] in, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) in[0];
        DataTableSpec spec = table.getDataTableSpec();
        List<String> cat = categorical(spec);
        List<String> cont = continuous(spec, cat);
        Encoded e = encode(table, cont, cat);
        TargetLabels y = TargetLabels.of(table, settings.targetColumn.getStringValue(),
            settings.positiveClass.getStringValue());
        exec.setProgress(0.2, "oversampling");
        SmoteResult r = resample(e.x(), y.labels(), cat, cont.isEmpty());
        exec.checkCanceled();
        BufferedDataTable original = FeatureTables.replace(table, e.x().selectColumns(cont), exec);
        BufferedDataContainer out = exec.createDataContainer(original.getDataTableSpec());
        int targetIdx = spec.findColumnIndex(settings.targetColumn.getStringValue());
        DataCell minorityTarget = null;
        int i = 0;
        for (DataRow row : original) {
            out.addRowToTable(row);
            if (minorityTarget == null && y.labels().get(i) == r.minorityClass()) {
                minorityTarget = row.getCell(targetIdx);
            }
            i++;
        }
        FeatureMatrix data = r.data();
        for (int s = table.getRowCount(); s < data.rowCount(); s++) {
            exec.checkCanceled();
            DataCell[] cells = new DataCell[spec.getNumColumns()];
            Arrays.fill(cells, DataType.getMissingCell());
            cells[targetIdx] = minorityTarget;
            for (int c = 0; c < data.columnCount(); c++) {
                int at = spec.findColumnIndex(data.columns().get(c));
                int li = cat.indexOf(data.columns().get(c));
                cells[at] = li >= 0 ? categoryCell(spec.getColumnSpec(at), e.levels().get(li), data.get(s, c))
                    : Cells.doubleCell(data.get(s, c));
            }
            out.addRowToTable(new DefaultRow(new RowKey(data.rowId(s)), cells));
        }
        out.close();
        return new PortObject[] {out.getTable()};
    }

    /** SMOTE-NC, or SMOTEN with the same k and ratio when there is no continuous column to interpolate. */
    private SmoteResult resample(FeatureMatrix x, BinaryLabels y, List<String> cat, boolean allCategorical) {
        SmoteNc smote = settings.smote();
        SmoteRandom rng = SmoteRandom.seeded(settings.seed.getIntValue());
        if (!allCategorical) {
            return smote.resample(x, y, cat, rng);
        }
        setWarningMessage("Every selected column is categorical (" + String.join(", ", cat) + "): oversampled with "
            + "SMOTEN instead of SMOTE-NC.");
        return Smoten.like(smote).resample(x, y, rng);
    }

    /** The voted category in its column's cell type: the text level, or the numeric code itself. */
    private static DataCell categoryCell(DataColumnSpec col, List<String> levels, double code) {
        if (levels != null) {
            return new StringCell(levels.get((int) code));
        }
        DataType t = col.getType();
        if (t.equals(IntCell.TYPE)) {
            return new IntCell((int) code);
        }
        return t.equals(LongCell.TYPE) ? new LongCell((long) code) : new DoubleCell(code);
    }
}
