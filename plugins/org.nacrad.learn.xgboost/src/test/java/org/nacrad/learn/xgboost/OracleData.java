package org.nacrad.learn.xgboost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assertions;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.io.CsvTable;

/** Reads the goldens of {@code <root>/oracle/learn-xgboost/golden}: data sets, parameters and expected values. */
public final class OracleData {

    /** A generated data set: all rows, their labels and the oracle's split column ("train", "test" or "all"). */
    public record Data(FeatureMatrix x, BinaryLabels y, List<String> split) {
        public int[] rows(String part) {
            return IntStream.range(0, split.size()).filter(i -> split.get(i).equals(part)).toArray();
        }
    }

    private OracleData() {
    }

    public static Path file(String area, String name) {
        Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("plugins"))) {
            p = p.getParent();
        }
        Assertions.assertNotNull(p, "no repository root (a directory containing plugins/) above user.dir");
        return p.resolve("oracle/learn-xgboost/golden").resolve(area).resolve(name);
    }

    public static CsvTable csv(String area, String name) {
        try {
            return CsvTable.read(file(area, name));
        } catch (IOException e) {
            throw new AssertionError("cannot read golden " + file(area, name), e);
        }
    }

    public static Data data(String area, String name) {
        CsvTable t = csv(area, name);
        List<String> features = t.header().stream().filter(h -> h.matches("x\\d+")).toList();
        double[][] values = new double[t.rowCount()][features.size()];
        for (int j = 0; j < features.size(); j++) {
            double[] col = t.numericColumn(features.get(j));
            for (int i = 0; i < col.length; i++) {
                values[i][j] = col[i];
            }
        }
        int[] labels = IntStream.range(0, t.rowCount()).map(i -> Integer.parseInt(t.cell(i, t.columnIndex("label"))))
                .toArray();
        return new Data(new FeatureMatrix(features, t.column("id"), values), new BinaryLabels(labels),
                t.column("split"));
    }

    /** A golden JSON file as maps, lists and strings (numbers as their text). */
    public static Map<?, ?> json(String area, String name) {
        try {
            return (Map<?, ?>) MiniJson.parse(Files.readString(file(area, name)));
        } catch (IOException e) {
            throw new AssertionError("cannot read golden " + file(area, name), e);
        }
    }

    /** XGBoostParams from a flat JSON object of our parameter names (plus "tree_method"). */
    public static XGBoostParams params(String area, String name) {
        return params(json(area, name));
    }

    public static XGBoostParams params(Map<?, ?> json) {
        XGBoostParams p = XGBoostParams.defaults();
        for (Map.Entry<?, ?> e : json.entrySet()) {
            String key = (String) e.getKey();
            if (key.equals("tree_method")) {
                p = p.withTreeMethod(XGBoostParams.TreeMethod.valueOf(((String) e.getValue()).toUpperCase()));
            } else {
                p = p.with(key, Double.parseDouble((String) e.getValue()));
            }
        }
        return p;
    }

    public static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(prefix + i);
        }
        return out;
    }
}
