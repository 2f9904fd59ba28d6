package org.nacrad.radiomics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeIO;

/**
 * IBSI 1 CT phantom (PAT1, read from {@code shared/ibsi/ct_phantom_pat1}, CC BY-NC: never copied into the
 * project), configuration A — 2D, no interpolation, resegmentation [-500, 400] HU, fixed bin size 25 HU — in
 * {@code ibsi} mode with force2D: PyRadiomics' force2D matrices correspond to IBSI's "2.5D, direction-merged"
 * (no_weighting: "2.5D, merged") for GLCM/GLRLM and "2.5D" for GLSZM, NGTDM and NGLDM; morphology and statistics are
 * 3D. Every reference value we compute must lie within IBSI's tolerance.
 */
class IbsiCtPhantomTest {

    @Test
    void configurationA() throws IOException {
        Path ct = TestData.shared("ibsi/ct_phantom_pat1/nifti");
        Volume raw = VolumeIO.read(ct.resolve("image.nii.gz"));
        double[] rounded = raw.data().clone();
        for (int i = 0; i < rounded.length; i++) {
            rounded[i] = Math.rint(rounded[i]);
        }
        Volume image = raw.withData(rounded);
        Volume mask = VolumeIO.read(ct.resolve("mask.nii.gz"));
        RadiomicsSettings averaged = RadiomicsSettings.fromMap(Map.of("binWidth", 25, "mode", "ibsi", "force2D", true,
            "resegmentRange", List.of(-500, 400), "correctMask", true, "additionalInfo", false));
        RadiomicsSettings merged = averaged.with(Map.of("weightingNorm", "no_weighting"));
        FeatureSelection all = FeatureSelection.fromMap(Map.of("shape", IbsiDigitalPhantomTest.Shape3DNames.ALL,
            "firstorder", List.of(), "glcm", List.of(), "glrlm", List.of(), "glszm", List.of(), "gldm", List.of(),
            "ngtdm", List.of()));
        Map<String, Double> avg = RadiomicsExtractor.extract(image, mask, averaged, all).features();
        Map<String, Double> mrg = RadiomicsExtractor.extract(image, mask, merged,
            FeatureSelection.of(FeatureClass.GLCM, FeatureClass.GLRLM)).features();

        List<String> bad = new ArrayList<>();
        int checked = 0;
        for (List<String> r : TestData.csv(TestData.shared("ibsi").resolve("ibsi1_reference_values.csv"))) {
            if (!r.get(4).equals("config. A")) {
                continue;
            }
            String agg = r.get(5);
            if (!(agg.isEmpty() || agg.equals("2.5D") || agg.startsWith("2.5D, "))) {
                continue;
            }
            String[] m = mapping(r.get(0), r.get(1));
            if (m == null) {
                continue;
            }
            double v = (agg.equals("2.5D, merged") ? mrg : avg).get("original_" + m[3] + "_" + m[4]);
            double expected = Double.parseDouble(r.get(6));
            double tol = r.get(7).isEmpty() ? 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(expected))) - 2)
                : Double.parseDouble(r.get(7));
            checked++;
            if (!(Math.abs(v - expected) <= tol)) {
                bad.add(r.get(1) + " [" + agg + "] = " + m[4] + ": expected " + expected + " ± " + tol + ", got " + v);
            }
        }
        assertTrue(checked >= 100, "only " + checked + " reference values matched the mapping");
        assertTrue(bad.isEmpty(), bad.size() + " of " + checked + " IBSI values differ:\n" + String.join("\n", bad));
    }

    private static String[] mapping(String section, String feature) {
        for (String[] m : IbsiDigitalPhantomTest.MAP) {
            if (section.startsWith(m[0]) && feature.equals(m[1])) {
                return m;
            }
        }
        return null;
    }
}
