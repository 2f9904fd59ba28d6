package org.nacrad.knime.util;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.data.filestore.FileStore;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeChecks;
import org.nacrad.image.io.VolumeFormatException;
import org.nacrad.image.io.VolumeIO;

/**
 * Volumes travel between nodes as file paths in string columns. Nodes that produce volumes write them as compressed
 * NIfTI into file stores — storage the workflow owns — never next to the user's inputs.
 */
public final class Volumes {

    private Volumes() {
    }

    /** Reads the volume a row's path column names; errors name the patient, the column and the path. */
    public static Volume read(DataRow row, DataTableSpec spec, String column) throws InvalidSettingsException {
        String patient = row.getKey().getString();
        String path = Cells.string(row.getCell(spec.findColumnIndex(column)));
        if (path == null || path.isBlank()) {
            throw new InvalidSettingsException("Patient " + patient + ", column " + column + ": no file path given.");
        }
        try {
            Volume v = VolumeIO.read(Path.of(path));
            VolumeChecks.requireFinite(v, Path.of(path));
            return v;
        } catch (NoSuchFileException e) {
            throw new InvalidSettingsException(
                "Patient " + patient + ", column " + column + ": file not found: " + path, e);
        } catch (VolumeFormatException e) {
            throw new InvalidSettingsException(
                "Patient " + patient + ", column " + column + ": " + e.problem() + ": " + path, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidSettingsException(
                "Patient " + patient + ", column " + column + ": cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes a volume into a new file store named after column and patient; returns its path. */
    public static Path store(ExecutionContext exec, Volume v, String column, String patient) throws IOException {
        FileStore fs = exec.createFileStore(safe(column) + "/" + safe(patient) + ".nii.gz");
        Path p = fs.getFile().toPath();
        VolumeIO.write(v, p);
        return p;
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * Path columns named in a comma-separated setting, or, when it is empty, every string column whose name ends
     * with one of the suffixes.
     */
    public static List<String> columns(String setting, DataTableSpec spec, String what, String... suffixes)
        throws InvalidSettingsException {
        List<String> out = new ArrayList<>();
        if (setting == null || setting.isBlank()) {
            for (var c : spec) {
                String n = c.getName().toLowerCase(Locale.ROOT);
                for (String suffix : suffixes) {
                    if (c.getType().isCompatible(StringValue.class) && n.endsWith(suffix)) {
                        out.add(c.getName());
                        break;
                    }
                }
            }
            if (out.isEmpty()) {
                throw new InvalidSettingsException("No " + what + " columns: no string column ends in "
                    + String.join(" or ", suffixes) + "; name them in the node settings.");
            }
            return out;
        }
        for (String c : setting.split(",")) {
            out.add(column(spec, c.trim(), what));
        }
        return out;
    }

    /** A single path column that must exist and hold strings. */
    public static String column(DataTableSpec spec, String name, String what) throws InvalidSettingsException {
        var col = spec.getColumnSpec(name);
        if (col == null) {
            throw new InvalidSettingsException("The " + what + " column '" + name + "' is not in the input table.");
        }
        if (!col.getType().isCompatible(StringValue.class)) {
            throw new InvalidSettingsException("The " + what + " column '" + name + "' must hold file paths.");
        }
        return name;
    }
}
