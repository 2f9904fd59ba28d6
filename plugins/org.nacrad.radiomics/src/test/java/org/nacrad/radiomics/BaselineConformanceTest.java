package org.nacrad.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeIO;

/**
 * PyRadiomics' own feature baselines ({@code shared/pyradiomics-data/baseline/baseline_<class>.csv}) for the
 * brain1, brain2 and breast1 columns, each computed with that column's settings ({@code settings_per_test.json})
 * the way PyRadiomics' test harness does: one class at a time, shape on the un-resegmented mask. Every feature must
 * agree within 1e-6 relative (exactly 0 where the baseline is 0). One dynamic test per column and class.
 *
 * <p>Known baseline difference: the brain1 shape column was generated with PyRadiomics 2.0.1b1, before a change of
 * the marching-cubes triangle table; PyRadiomics 3 itself no longer reproduces its four mesh-derived values (MeshVolume
 * 16149.50 vs 16147.51). Those four are compared with the PyRadiomics 3 oracle values
 * ({@code oracle/radiomics/golden/shared_cases.csv}) instead; everything else is compared with the baseline.
 */
class BaselineConformanceTest {

    static final String[] CLASSES = {"firstorder", "shape", "glcm", "glrlm", "glszm", "gldm", "ngtdm"};
    static final String[] CASES = {"brain1", "brain2", "breast1"};
    static final double TOLERANCE = 1e-6;

    /** Column + class → features whose baseline PyRadiomics 3 no longer reproduces (see class comment). */
    static final Map<String, List<String>> PYRADIOMICS3_INSTEAD = Map.of("brain1 shape", List.of(
        "original_shape_MeshVolume", "original_shape_SurfaceArea", "original_shape_SurfaceVolumeRatio",
        "original_shape_Sphericity"));

    /** Columns that depend on a known open defect elsewhere; aborted (not passed) with the reason. */
    static final Map<String, String> BLOCKED = Map.of();

    private final Map<String, Volume[]> cases = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> baselineColumns() throws IOException {
        Path data = TestData.shared("pyradiomics-data");
        @SuppressWarnings("unchecked")
        Map<String, Object> tests = (Map<String, Object>) ((Map<String, Object>) TestData.json(
            data.resolve("baseline/settings_per_test.json"))).get("tests");
        List<DynamicTest> out = new ArrayList<>();
        for (String cls : CLASSES) {
            List<List<String>> rows = TestData.csv(data.resolve("baseline/baseline_" + cls + ".csv"));
            List<String> header = rows.get(0);
            for (int col = 1; col < header.size(); col++) {
                String test = header.get(col);
                String testCase = test.contains("_") ? test.substring(0, test.indexOf('_')) : test;
                if (!List.of(CASES).contains(testCase)) {
                    continue;
                }
                Map<String, Double> expected = new LinkedHashMap<>();
                for (List<String> row : rows) {
                    if (row.get(0).startsWith("original_")) {
                        expected.put(row.get(0), Double.parseDouble(row.get(col)));
                    }
                }
                Map<String, Object> settings = settings(tests, test, cls);
                for (String f : PYRADIOMICS3_INSTEAD.getOrDefault(test + " " + cls, List.of())) {
                    expected.put(f, pyradiomics3(testCase, f));
                }
                out.add(DynamicTest.dynamicTest(test + " " + cls, () -> check(data, testCase, cls, settings,
                    expected)));
            }
        }
        return out.stream();
    }

    static double pyradiomics3(String testCase, String feature) throws IOException {
        for (List<String> r : TestData.csv(TestData.golden("shared_cases.csv"))) {
            if (r.get(0).equals(testCase) && r.get(1).equals(feature)) {
                return Double.parseDouble(r.get(2));
            }
        }
        throw new IllegalStateException("no PyRadiomics 3 golden for " + testCase + " " + feature);
    }

    /** Image/mask hashes (SHA-1 of the raw buffers), bounding box, voxel and component counts of each case. */
    @TestFactory
    Stream<DynamicTest> diagnostics() throws IOException {
        Path data = TestData.shared("pyradiomics-data");
        List<List<String>> rows = TestData.csv(data.resolve("baseline/baseline_firstorder.csv"));
        List<DynamicTest> out = new ArrayList<>();
        for (String testCase : CASES) {
            int col = rows.get(0).indexOf(testCase);
            Map<String, String> expected = new LinkedHashMap<>();
            for (List<String> row : rows) {
                if (row.get(0).matches("diagnostics_(Image|Mask)-original_(Hash|BoundingBox|VoxelNum|VolumeNum)")) {
                    expected.put(row.get(0), row.get(col));
                }
            }
            out.add(DynamicTest.dynamicTest(testCase, () -> {
                Volume[] io = cases.computeIfAbsent(testCase, k -> read(data, k));
                RadiomicsResult r = RadiomicsExtractor.extract(io[0], io[1], RadiomicsSettings.defaults(),
                    FeatureSelection.of(FeatureClass.FIRSTORDER));
                expected.forEach((k, v) -> assertEquals(v, r.diagnostics().get(k), k));
            }));
        }
        return out.stream();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> settings(Map<String, Object> tests, String test, String cls) {
        Map<String, Object> t = (Map<String, Object>) tests.get(test);
        Map<String, Object> c = (Map<String, Object>) ((Map<String, Object>) t.get("classes")).get(cls);
        Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) c.get("settings"));
        if (cls.equals("shape")) {
            s.put("resegmentRange", null);
        }
        s.put("additionalInfo", false);
        return s;
    }

    private void check(Path data, String testCase, String cls, Map<String, Object> settings,
        Map<String, Double> expected) throws IOException {
        RadiomicsSettings s = RadiomicsSettings.fromMap(settings);
        String blocked = BLOCKED.get(testColumn(testCase, settings));
        assumeTrue(blocked == null, blocked);
        Volume[] io = cases.computeIfAbsent(testCase, k -> read(data, k));
        FeatureSelection sel = FeatureSelection.fromMap(Map.of(cls, List.of()));
        RadiomicsResult r = RadiomicsExtractor.extract(io[0], io[1], s, sel);
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            double v = r.feature(e.getKey());
            double b = e.getValue();
            boolean ok = b == 0 ? Math.abs(v) < 1e-12 : Math.abs(1 - v / b) < TOLERANCE;
            if (!ok) {
                bad.add(e.getKey() + " expected " + b + " got " + v + " (rel " + Math.abs(1 - v / b) + ")");
            }
        }
        assertTrue(bad.isEmpty(), bad.size() + "/" + expected.size() + " features differ:\n" + String.join("\n",
            bad));
    }

    private static String testColumn(String testCase, Map<String, Object> settings) {
        return settings.get("resampledPixelSpacing") != null ? testCase + "_resampling" : testCase;
    }

    private static Volume[] read(Path data, String testCase) {
        try {
            return new Volume[] {VolumeIO.read(data.resolve(testCase + "_image.nrrd")), VolumeIO.read(data.resolve(
                testCase + "_label.nrrd"))};
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
