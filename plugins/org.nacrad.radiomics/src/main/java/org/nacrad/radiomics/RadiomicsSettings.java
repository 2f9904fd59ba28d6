package org.nacrad.radiomics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nacrad.image.resample.Interpolator;

/**
 * Every extraction setting PyRadiomics 3 understands for the {@code Original} image type, typed and validated once.
 * Names and defaults are PyRadiomics' ({@code featureextractor._getDefaultSettings} plus the class-level defaults read
 * by each feature class); {@link #fromMap} accepts the keys of a parameter file's {@code setting:} section as is.
 *
 * @param binWidth fixed bin width (used when {@code binCount} is null)
 * @param binCount fixed bin number, or null for fixed bin width
 * @param resampledPixelSpacing target spacing x, y, z in mm (0 = keep that axis), or null for no resampling
 * @param interpolator SimpleITK interpolator name; resampling happens only if this and the spacing are set
 * @param padDistance voxels kept around the ROI when resampling or pre-cropping
 * @param normalize z-score the whole image before resampling
 * @param normalizeScale factor applied after normalisation
 * @param removeOutliers clip normalised values to ±this many SD, or null
 * @param resegmentRange one (lower) or two (lower, upper) thresholds, or null
 * @param resegmentMode how the thresholds are interpreted
 * @param resegmentShape whether shape uses the resegmented mask (PyRadiomics default: no)
 * @param voxelArrayShift constant added before Energy, TotalEnergy and RootMeanSquared
 * @param distances neighbour distances (Chebyshev) for GLCM, GLDM and NGTDM
 * @param symmetricalGLCM add the transposed GLCM
 * @param weightingNorm how GLCM/GLRLM angle matrices are merged; null = features per angle, then averaged
 * @param gldmA dependence tolerance α
 * @param force2D compute texture in 2D slices
 * @param force2Ddimension the out-of-plane axis in PyRadiomics (z, y, x) order: 0 = z
 * @param label mask value of the ROI
 * @param minimumROIDimensions minimum number of axes along which the ROI spans more than one voxel
 * @param minimumROISize the ROI must have more voxels than this, or null
 * @param preCrop crop image and mask to the ROI (+ padDistance) before anything else
 * @param correctMask resample a mask whose grid differs from the image's onto the image grid (nearest neighbour)
 * @param geometryTolerance tolerance for the image/mask grid comparison, or null for ITK's default
 * @param additionalInfo emit the {@code diagnostics_*} entries (image/mask hashes, boxes, ...)
 * @param mode {@link ComplianceMode#PYRADIOMICS} or {@link ComplianceMode#IBSI}
 */
public record RadiomicsSettings(double binWidth, Integer binCount, double[] resampledPixelSpacing, String interpolator,
    int padDistance, boolean normalize, double normalizeScale, Double removeOutliers, double[] resegmentRange,
    ResegmentMode resegmentMode, boolean resegmentShape, double voxelArrayShift, int[] distances,
    boolean symmetricalGLCM, WeightingNorm weightingNorm, int gldmA, boolean force2D, int force2Ddimension, int label,
    int minimumROIDimensions, Integer minimumROISize, boolean preCrop, boolean correctMask, Double geometryTolerance,
    boolean additionalInfo, ComplianceMode mode) {

    /** Keys that only configure filters (image types) we do not offer yet; accepted and ignored like unused keys. */
    private static final Set<String> FILTER_KEYS = Set.of("sigma", "start_level", "level", "wavelet",
        "gradientUseSpacing", "lbp2DRadius", "lbp2DSamples", "lbp2DMethod", "lbp3DLevels", "lbp3DIcosphereRadius",
        "lbp3DIcosphereSubdivision", "label_channel", "dilateRadius");

    public RadiomicsSettings {
        if (!(binWidth > 0) || !Double.isFinite(binWidth)) {
            throw invalid("binWidth", binWidth, "must be a positive number");
        }
        if (binCount != null && binCount < 1) {
            throw invalid("binCount", binCount, "must be a positive integer");
        }
        if (resampledPixelSpacing != null) {
            if (resampledPixelSpacing.length != 3) {
                throw invalid("resampledPixelSpacing", Arrays.toString(resampledPixelSpacing), "needs 3 values (x, y, z)");
            }
            for (double v : resampledPixelSpacing) {
                if (!(v >= 0)) {
                    throw invalid("resampledPixelSpacing", Arrays.toString(resampledPixelSpacing), "values must be >= 0");
                }
            }
            resampledPixelSpacing = resampledPixelSpacing.clone();
        }
        if (interpolator != null) {
            try {
                Interpolator.parse(interpolator);
            } catch (IllegalArgumentException e) {
                throw invalid("interpolator", interpolator, "supported: sitkNearestNeighbor, sitkLinear, sitkBSpline");
            }
        }
        if (padDistance < 0) {
            throw invalid("padDistance", padDistance, "must be >= 0");
        }
        if (!(normalizeScale > 0)) {
            throw invalid("normalizeScale", normalizeScale, "must be > 0");
        }
        if (removeOutliers != null && !(removeOutliers > 0)) {
            throw invalid("removeOutliers", removeOutliers, "must be > 0");
        }
        if (resegmentRange != null) {
            if (resegmentRange.length < 1 || resegmentRange.length > 2) {
                throw invalid("resegmentRange", Arrays.toString(resegmentRange), "needs 1 or 2 values");
            }
            resegmentRange = resegmentRange.clone();
        }
        if (resegmentMode == null) {
            throw invalid("resegmentMode", null, "must be absolute, relative or sigma");
        }
        if (distances == null || distances.length == 0) {
            throw invalid("distances", null, "needs at least one distance");
        }
        for (int d : distances) {
            if (d < 1) {
                throw invalid("distances", Arrays.toString(distances), "distances must be >= 1");
            }
        }
        distances = distances.clone();
        if (gldmA < 0) {
            throw invalid("gldm_a", gldmA, "must be >= 0");
        }
        if (force2Ddimension < 0 || force2Ddimension > 2) {
            throw invalid("force2Ddimension", force2Ddimension, "must be 0, 1 or 2");
        }
        if (label < 1) {
            throw invalid("label", label, "must be a positive integer");
        }
        if (minimumROIDimensions < 1 || minimumROIDimensions > 3) {
            throw invalid("minimumROIDimensions", minimumROIDimensions, "must be 1, 2 or 3");
        }
        if (minimumROISize != null && minimumROISize < 1) {
            throw invalid("minimumROISize", minimumROISize, "must be a positive integer");
        }
        if (geometryTolerance != null && !(geometryTolerance > 0)) {
            throw invalid("geometryTolerance", geometryTolerance, "must be > 0");
        }
        if (mode == null) {
            mode = ComplianceMode.PYRADIOMICS;
        }
    }

    /** PyRadiomics 3 extractor defaults. */
    public static RadiomicsSettings defaults() {
        return new RadiomicsSettings(25, null, null, "sitkBSpline", 5, false, 1, null, null, ResegmentMode.ABSOLUTE,
            false, 0, new int[] {1}, true, null, 0, false, 0, 1, 2, null, false, false, null, true,
            ComplianceMode.PYRADIOMICS);
    }

    /**
     * Settings from PyRadiomics keys (a parameter file's {@code setting:} section, or a key→value map from a node
     * dialog or command line). Missing keys keep PyRadiomics' defaults; {@code null} values mean "None" like in
     * PyRadiomics. Extra key {@code mode} selects {@link ComplianceMode}. Unknown keys are rejected.
     */
    public static RadiomicsSettings fromMap(Map<String, ?> values) {
        return defaults().with(values);
    }

    /** A copy with the given PyRadiomics keys overridden (same rules as {@link #fromMap}). */
    public RadiomicsSettings with(Map<String, ?> values) {
        Map<String, Object> m = new LinkedHashMap<>(toMap());
        for (Map.Entry<String, ?> e : values.entrySet()) {
            String key = e.getKey();
            if (FILTER_KEYS.contains(key)) {
                continue;
            }
            if (!m.containsKey(key)) {
                throw new IllegalArgumentException("Unknown radiomics setting '" + key + "' (known: " + m.keySet()
                    + ")");
            }
            m.put(key, e.getValue());
        }
        return new RadiomicsSettings(num(m, "binWidth"), optInt(m, "binCount"), optDoubles(m, "resampledPixelSpacing"),
            optString(m, "interpolator"), integer(m, "padDistance"), bool(m, "normalize"), num(m, "normalizeScale"),
            optNum(m, "removeOutliers"), optDoubles(m, "resegmentRange"), ResegmentMode.parse(optString(m,
                "resegmentMode")), bool(m, "resegmentShape"), num(m, "voxelArrayShift"), ints(m, "distances"),
            bool(m, "symmetricalGLCM"), WeightingNorm.parse(optString(m, "weightingNorm")), integer(m, "gldm_a"),
            bool(m, "force2D"), integer(m, "force2Ddimension"), integer(m, "label"), integer(m,
                "minimumROIDimensions"), optInt(m, "minimumROISize"), bool(m, "preCrop"), bool(m, "correctMask"),
            optNum(m, "geometryTolerance"), bool(m, "additionalInfo"), ComplianceMode.parse(optString(m, "mode")));
    }

    /** PyRadiomics key → value (Java lists for sequences, null for None), in a stable order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("binWidth", binWidth);
        m.put("binCount", binCount);
        m.put("resampledPixelSpacing", resampledPixelSpacing == null ? null : boxed(resampledPixelSpacing));
        m.put("interpolator", interpolator);
        m.put("padDistance", padDistance);
        m.put("normalize", normalize);
        m.put("normalizeScale", normalizeScale);
        m.put("removeOutliers", removeOutliers);
        m.put("resegmentRange", resegmentRange == null ? null : boxed(resegmentRange));
        m.put("resegmentMode", resegmentMode.key());
        m.put("resegmentShape", resegmentShape);
        m.put("voxelArrayShift", voxelArrayShift);
        List<Integer> d = new ArrayList<>();
        for (int v : distances) {
            d.add(v);
        }
        m.put("distances", d);
        m.put("symmetricalGLCM", symmetricalGLCM);
        m.put("weightingNorm", weightingNorm == null ? null : weightingNorm.key());
        m.put("gldm_a", gldmA);
        m.put("force2D", force2D);
        m.put("force2Ddimension", force2Ddimension);
        m.put("label", label);
        m.put("minimumROIDimensions", minimumROIDimensions);
        m.put("minimumROISize", minimumROISize);
        m.put("preCrop", preCrop);
        m.put("correctMask", correctMask);
        m.put("geometryTolerance", geometryTolerance);
        m.put("additionalInfo", additionalInfo);
        m.put("mode", mode.key());
        return m;
    }

    /** Whether image and mask are resampled (PyRadiomics: both interpolator and spacing must be set). */
    public boolean resamples() {
        return interpolator != null && resampledPixelSpacing != null;
    }

    @Override
    public double[] resampledPixelSpacing() {
        return resampledPixelSpacing == null ? null : resampledPixelSpacing.clone();
    }

    @Override
    public double[] resegmentRange() {
        return resegmentRange == null ? null : resegmentRange.clone();
    }

    @Override
    public int[] distances() {
        return distances.clone();
    }

    /** PyRadiomics-like rendering of the settings dict for {@code diagnostics_Configuration_Settings}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Object> e : toMap().entrySet()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append('\'').append(e.getKey()).append("': ").append(pyRepr(e.getValue()));
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RadiomicsSettings s && toMap().equals(s.toMap());
    }

    @Override
    public int hashCode() {
        return toMap().hashCode();
    }

    private static String pyRepr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof String s) {
            return "'" + s + "'";
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object o : l) {
                parts.add(pyRepr(o));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(v);
    }

    private static List<Double> boxed(double[] values) {
        List<Double> l = new ArrayList<>();
        for (double v : values) {
            l.add(v);
        }
        return l;
    }

    private static IllegalArgumentException invalid(String key, Object value, String rule) {
        return new IllegalArgumentException("Invalid radiomics setting " + key + "=" + value + ": " + rule);
    }

    private static double num(Map<String, Object> m, String key) {
        Double v = optNum(m, key);
        if (v == null) {
            throw invalid(key, null, "a number is required");
        }
        return v;
    }

    private static Double optNum(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw invalid(key, v, "not a number");
        }
    }

    private static int integer(Map<String, Object> m, String key) {
        Integer v = optInt(m, key);
        if (v == null) {
            throw invalid(key, null, "an integer is required");
        }
        return v;
    }

    private static Integer optInt(Map<String, Object> m, String key) {
        Double v = optNum(m, key);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw invalid(key, m.get(key), "must be an integer");
        }
        return v.intValue();
    }

    private static boolean bool(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v == null ? "" : v.toString().trim().toLowerCase(Locale.ROOT);
        if (s.equals("true")) {
            return true;
        }
        if (s.equals("false")) {
            return false;
        }
        throw invalid(key, v, "must be true or false");
    }

    private static String optString(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString().trim();
    }

    private static double[] optDoubles(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        List<?> items = asList(key, v);
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            Object o = items.get(i);
            if (o instanceof Number n) {
                out[i] = n.doubleValue();
            } else {
                try {
                    out[i] = Double.parseDouble(String.valueOf(o).trim());
                } catch (NumberFormatException e) {
                    throw invalid(key, v, "not a list of numbers");
                }
            }
        }
        return out;
    }

    private static int[] ints(Map<String, Object> m, String key) {
        double[] d = optDoubles(m, key);
        if (d == null) {
            throw invalid(key, null, "a list of integers is required");
        }
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            if (d[i] != Math.rint(d[i])) {
                throw invalid(key, m.get(key), "must be integers");
            }
            out[i] = (int) d[i];
        }
        return out;
    }

    private static List<?> asList(String key, Object v) {
        if (v instanceof List<?> l) {
            return l;
        }
        if (v instanceof double[] a) {
            return boxed(a);
        }
        if (v instanceof int[] a) {
            List<Integer> l = new ArrayList<>();
            for (int x : a) {
                l.add(x);
            }
            return l;
        }
        if (v instanceof Number) {
            return List.of(v);
        }
        String s = v.toString().trim().replaceAll("^[\\[(]|[\\])]$", "").trim();
        if (s.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(s.split("\\s*,\\s*"));
    }
}
