package org.nacrad.knime.cohort;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.nacrad.cohort.csv.ColumnType;
import org.nacrad.image.synthetic.SyntheticCohort;
import org.nacrad.knime.util.SettingsGroup;

/** Settings of the Cohort Reader; the keys are a persistent contract of saved workflows. */
final class CohortReaderSettings extends SettingsGroup {

    /** The manifest; empty = generate the synthetic demo cohort (the reference workflows' default data). */
    final SettingsModelString manifest = new SettingsModelString("manifest", "");
    final SettingsModelIntegerBounded syntheticPatients =
        new SettingsModelIntegerBounded("synthetic_patients", SyntheticCohort.DEFAULT_PATIENTS, 1, 100_000);
    final SettingsModelInteger syntheticSeed = new SettingsModelInteger("synthetic_seed", 42);
    final SettingsModelString idColumn = new SettingsModelString("id_column", "patient_id");
    /** Comma-separated path columns; empty = columns ending in _path, _image or _mask. */
    final SettingsModelString pathColumns = new SettingsModelString("path_columns", "");
    /** Declared column types as {@code column=type} pairs separated by semicolons, e.g. {@code grade=int}. */
    final SettingsModelString columnTypes = new SettingsModelString("column_types", "");

    @Override
    protected List<SettingsModel> models() {
        return List.of(manifest, idColumn, pathColumns, columnTypes, syntheticPatients, syntheticSeed);
    }

    @Override
    protected void check(NodeSettingsRO s) throws InvalidSettingsException {
        SettingsModelString types = columnTypes.createCloneWithValidatedValue(s);
        parseTypes(types.getStringValue());
        SettingsModelString id = idColumn.createCloneWithValidatedValue(s);
        if (id.getStringValue() == null || id.getStringValue().isBlank()) {
            throw new InvalidSettingsException("The patient id column must be named.");
        }
    }

    List<String> pathColumnList() {
        return Arrays.stream(pathColumns.getStringValue().split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }

    static Map<String, ColumnType> parseTypes(String spec) throws InvalidSettingsException {
        Map<String, ColumnType> out = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String pair : spec.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.lastIndexOf('=');
            if (eq <= 0) {
                throw new InvalidSettingsException("Column type '" + pair.trim() + "' must look like column=type.");
            }
            try {
                out.put(pair.substring(0, eq).trim(), ColumnType.parse(pair.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException("Column '" + pair.substring(0, eq).trim() + "': " + e.getMessage());
            }
        }
        return out;
    }
}
