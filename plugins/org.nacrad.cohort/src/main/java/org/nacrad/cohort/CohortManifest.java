package org.nacrad.cohort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nacrad.cohort.csv.ColumnType;
import org.nacrad.cohort.csv.CsvFormatException;
import org.nacrad.cohort.csv.CsvReader;
import org.nacrad.cohort.csv.CsvTable;

/**
 * A cohort manifest: one CSV row per patient with a unique patient id, outcome, clinical and scanner columns, and
 * path columns naming image and mask files. Relative paths are resolved against the manifest's folder so a cohort
 * folder can be moved or shared as a whole.
 */
public final class CohortManifest {

    /** Column-name suffixes that mark path columns when none are declared. */
    public static final List<String> PATH_SUFFIXES = List.of("_path", "_image", "_mask");

    private CohortManifest() {
    }

    /**
     * Reads a manifest.
     *
     * @param file the manifest CSV
     * @param idColumn name of the patient id column
     * @param pathColumns path columns; empty = every column whose name ends with one of {@link #PATH_SUFFIXES}
     * @param declaredTypes declared types per column (others are inferred)
     */
    public static CsvTable read(Path file, String idColumn, List<String> pathColumns,
        Map<String, ColumnType> declaredTypes) throws IOException, CsvFormatException {
        Map<String, ColumnType> declared = new HashMap<>(declaredTypes);
        declared.put(idColumn, ColumnType.STRING);
        CsvTable raw = CsvReader.read(file, declared);
        int id = raw.columnIndex(idColumn);
        if (id < 0) {
            throw new CsvFormatException(file + ": no patient id column '" + idColumn + "' (columns: "
                + String.join(", ", raw.columns()) + ")");
        }
        List<String> paths = pathColumns.isEmpty() ? detectPathColumns(raw.columns()) : pathColumns;
        checkIds(raw, id, file);
        return resolvePaths(raw, paths, file);
    }

    public static List<String> detectPathColumns(List<String> columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            String lower = c.toLowerCase(Locale.ROOT);
            if (PATH_SUFFIXES.stream().anyMatch(lower::endsWith)) {
                out.add(c);
            }
        }
        return out;
    }

    private static void checkIds(CsvTable t, int id, Path file) throws CsvFormatException {
        Set<String> seen = new java.util.HashSet<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Object v = t.rows().get(r).get(id);
            if (v == null || v.toString().isBlank()) {
                throw new CsvFormatException(file + ": line " + (r + 2) + " has no patient id");
            }
            if (!seen.add(v.toString())) {
                throw new CsvFormatException(file + ": line " + (r + 2) + ": patient id '" + v + "' appears twice");
            }
        }
    }

    private static CsvTable resolvePaths(CsvTable t, List<String> pathColumns, Path file) throws CsvFormatException {
        Path base = file.toAbsolutePath().getParent();
        List<ColumnType> types = new ArrayList<>(t.types());
        int[] idx = new int[pathColumns.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = t.columnIndex(pathColumns.get(i));
            if (idx[i] < 0) {
                throw new CsvFormatException(file + ": path column '" + pathColumns.get(i) + "' is not in the header");
            }
            types.set(idx[i], ColumnType.STRING);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<Object> copy = new ArrayList<>(row);
            for (int c : idx) {
                Object v = copy.get(c);
                if (v != null && !v.toString().isBlank()) {
                    copy.set(c, base.resolve(v.toString().trim()).normalize().toString());
                }
            }
            rows.add(copy);
        }
        return new CsvTable(t.columns(), types, rows);
    }
}
