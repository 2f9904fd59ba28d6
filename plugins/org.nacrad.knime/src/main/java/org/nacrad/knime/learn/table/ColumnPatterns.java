package org.nacrad.knime.learn.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;

/**
 * Column choices as settings text, the same grammar in every learning node: a pattern is a comma-separated list
 * of exact column names and prefixes ending in {@code *} ({@code "mri_*,ct_*,age"}); groups are patterns
 * separated by {@code ;} ({@code "mri_*;ct_*"}, one group per modality). An empty pattern means every numeric
 * column not excluded.
 */
public final class ColumnPatterns {

    private ColumnPatterns() {
    }

    /** The comma-separated names of a plain list setting, trimmed, blanks dropped. */
    public static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static boolean isNumeric(DataColumnSpec c) {
        return c.getType().isCompatible(DoubleValue.class);
    }

    /** Numeric columns matching {@code pattern}, in table order, without {@code excluded}. */
    public static List<String> numeric(String pattern, DataTableSpec spec, Set<String> excluded, String what)
        throws InvalidSettingsException {
        List<String> items = list(pattern);
        Set<String> out = new LinkedHashSet<>();
        if (items.isEmpty()) {
            for (DataColumnSpec c : spec) {
                if (isNumeric(c) && !excluded.contains(c.getName())) {
                    out.add(c.getName());
                }
            }
        }
        for (String item : items) {
            out.addAll(match(item, spec, excluded, what));
        }
        if (out.isEmpty()) {
            throw new InvalidSettingsException(what + ": no numeric column matches '" + pattern + "'.");
        }
        return orderedLikeTable(out, spec);
    }

    /** One column list per {@code ;}-separated group; an empty text is one group of all numeric columns. */
    public static List<List<String>> groups(String text, DataTableSpec spec, Set<String> excluded, String what)
        throws InvalidSettingsException {
        List<List<String>> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            out.add(numeric("", spec, excluded, what));
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String group : text.split(";")) {
            if (group.isBlank()) {
                continue;
            }
            List<String> cols = numeric(group, spec, excluded, what + " group '" + group.trim() + "'");
            for (String c : cols) {
                if (!seen.add(c)) {
                    throw new InvalidSettingsException(what + ": column '" + c + "' is in more than one group.");
                }
            }
            out.add(cols);
        }
        return out;
    }

    /** Fails naming every column of {@code names} absent from {@code spec}. */
    public static void requirePresent(List<String> names, DataTableSpec spec, String what)
        throws InvalidSettingsException {
        List<String> missing = names.stream().filter(n -> !spec.containsName(n)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException(what + ": the input table lacks column(s) " + missing + ".");
        }
    }

    /** Fails unless each named column exists and is numeric. */
    public static void requireNumeric(List<String> names, DataTableSpec spec, String what)
        throws InvalidSettingsException {
        requirePresent(names, spec, what);
        for (String n : names) {
            if (!isNumeric(spec.getColumnSpec(n))) {
                throw new InvalidSettingsException(what + ": column '" + n + "' is not numeric ("
                    + spec.getColumnSpec(n).getType() + ").");
            }
        }
    }

    private static List<String> match(String item, DataTableSpec spec, Set<String> excluded, String what)
        throws InvalidSettingsException {
        if (!item.endsWith("*")) {
            requireNumeric(List.of(item), spec, what);
            return List.of(item);
        }
        String prefix = item.substring(0, item.length() - 1);
        List<String> hits = new ArrayList<>();
        for (DataColumnSpec c : spec) {
            if (c.getName().startsWith(prefix) && isNumeric(c) && !excluded.contains(c.getName())) {
                hits.add(c.getName());
            }
        }
        if (hits.isEmpty()) {
            throw new InvalidSettingsException(what + ": no numeric column starts with '" + prefix + "'.");
        }
        return hits;
    }

    private static List<String> orderedLikeTable(Set<String> names, DataTableSpec spec) {
        List<String> out = new ArrayList<>();
        for (DataColumnSpec c : spec) {
            if (names.contains(c.getName())) {
                out.add(c.getName());
            }
        }
        return out;
    }
}
