package org.nacrad.knime.table.filter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.knime.util.SettingsGroup;

/** Settings of Column Filter: which columns to keep, by name or prefix pattern. */
final class ColumnFilterSettings extends SettingsGroup {

    /** Comma-separated names, prefixes ending in {@code *} and suffixes starting with {@code *}, in table order. */
    final SettingsModelString include = new SettingsModelString("include", "");
    /** Comma-separated names and prefixes removed again from the included columns. */
    final SettingsModelString exclude = new SettingsModelString("exclude", "");

    @Override
    protected List<SettingsModel> models() {
        return List.of(include, exclude);
    }

    /** The kept columns in table order; an exact name that is not in the table is an error. */
    List<String> kept(DataTableSpec spec) throws InvalidSettingsException {
        if (include.getStringValue().isBlank()) {
            throw new InvalidSettingsException("Name the columns to keep (names or prefixes ending in *).");
        }
        Set<String> in = matches(include.getStringValue(), spec, true);
        in.removeAll(matches(exclude.getStringValue(), spec, false));
        List<String> out = new ArrayList<>();
        for (var c : spec) {
            if (in.contains(c.getName())) {
                out.add(c.getName());
            }
        }
        return out;
    }

    private static Set<String> matches(String patterns, DataTableSpec spec, boolean strict)
        throws InvalidSettingsException {
        Set<String> out = new LinkedHashSet<>();
        for (String p : patterns.split(",")) {
            String pattern = p.trim();
            if (pattern.isEmpty()) {
                continue;
            }
            if (pattern.startsWith("*") && pattern.length() > 1) {
                String suffix = pattern.substring(1);
                spec.forEach(c -> {
                    if (c.getName().endsWith(suffix)) {
                        out.add(c.getName());
                    }
                });
            } else if (pattern.endsWith("*")) {
                String prefix = pattern.substring(0, pattern.length() - 1);
                spec.forEach(c -> {
                    if (c.getName().startsWith(prefix)) {
                        out.add(c.getName());
                    }
                });
            } else if (spec.containsName(pattern)) {
                out.add(pattern);
            } else if (strict) {
                throw new InvalidSettingsException("Column '" + pattern + "' is not in the input table.");
            }
        }
        return out;
    }
}
