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
 * IBSI 1 digital phantom ({@code shared/ibsi/digital_phantom}), {@code ibsi} mode, bin width 1 (no effective
 * discretisation, as IBSI prescribes for the phantom), δ = 1, α = 0: every IBSI feature we compute against the
 * reference values of {@code ibsi1_reference_values.csv}, within the stated tolerance or, where none is stated
 * (exact phantom values), within half a unit of the third significant digit. Texture aggregation: PyRadiomics'
 * default = IBSI "3D, averaged" (GLCM, GLRLM) / "3D" (GLSZM, NGTDM, NGLDM); {@code no_weighting} = "3D, merged".
 */
class IbsiDigitalPhantomTest {

    /** IBSI section prefix | IBSI feature | aggregation → our class and feature. */
    static final String[][] MAP = {
        {"Morph", "Volume (mesh)", "", "shape", "MeshVolume"},
        {"Morph", "Volume (voxel counting)", "", "shape", "VoxelVolume"},
        {"Morph", "Surface area (mesh)", "", "shape", "SurfaceArea"},
        {"Morph", "Surface to volume ratio", "", "shape", "SurfaceVolumeRatio"},
        {"Morph", "Compactness 1", "", "shape", "Compactness1"},
        {"Morph", "Compactness 2", "", "shape", "Compactness2"},
        {"Morph", "Spherical disproportion", "", "shape", "SphericalDisproportion"},
        {"Morph", "Sphericity", "", "shape", "Sphericity"},
        {"Morph", "Maximum 3D diameter", "", "shape", "Maximum3DDiameter"},
        {"Morph", "Major axis length", "", "shape", "MajorAxisLength"},
        {"Morph", "Minor axis length", "", "shape", "MinorAxisLength"},
        {"Morph", "Least axis length", "", "shape", "LeastAxisLength"},
        {"Morph", "Elongation", "", "shape", "Elongation"},
        {"Morph", "Flatness", "", "shape", "Flatness"},
        {"Intensity-based", "Mean intensity", "", "firstorder", "Mean"},
        {"Intensity-based", "Intensity variance", "", "firstorder", "Variance"},
        {"Intensity-based", "Intensity skewness", "", "firstorder", "Skewness"},
        {"Intensity-based", "(Excess) intensity kurtosis", "", "firstorder", "Kurtosis"},
        {"Intensity-based", "Median intensity", "", "firstorder", "Median"},
        {"Intensity-based", "Minimum intensity", "", "firstorder", "Minimum"},
        {"Intensity-based", "10th intensity percentile", "", "firstorder", "10Percentile"},
        {"Intensity-based", "90th intensity percentile", "", "firstorder", "90Percentile"},
        {"Intensity-based", "Maximum intensity", "", "firstorder", "Maximum"},
        {"Intensity-based", "Intensity interquartile range", "", "firstorder", "InterquartileRange"},
        {"Intensity-based", "Intensity range", "", "firstorder", "Range"},
        {"Intensity-based", "Intensity-based mean absolute deviation", "", "firstorder", "MeanAbsoluteDeviation"},
        {"Intensity-based", "Intensity-based robust mean absolute deviation", "", "firstorder",
            "RobustMeanAbsoluteDeviation"},
        {"Intensity-based", "Intensity-based energy", "", "firstorder", "Energy"},
        {"Intensity-based", "Root mean square intensity", "", "firstorder", "RootMeanSquared"},
        {"Intensity histogram", "Discretised intensity entropy", "", "firstorder", "Entropy"},
        {"Intensity histogram", "Discretised intensity uniformity", "", "firstorder", "Uniformity"},
        {"Grey level co", "Joint maximum", "3D", "glcm", "MaximumProbability"},
        {"Grey level co", "Joint average", "3D", "glcm", "JointAverage"},
        {"Grey level co", "Joint variance", "3D", "glcm", "SumSquares"},
        {"Grey level co", "Joint entropy", "3D", "glcm", "JointEntropy"},
        {"Grey level co", "Difference average", "3D", "glcm", "DifferenceAverage"},
        {"Grey level co", "Difference variance", "3D", "glcm", "DifferenceVariance"},
        {"Grey level co", "Difference entropy", "3D", "glcm", "DifferenceEntropy"},
        {"Grey level co", "Sum average", "3D", "glcm", "SumAverage"},
        {"Grey level co", "Sum variance", "3D", "glcm", "ClusterTendency"},
        {"Grey level co", "Sum entropy", "3D", "glcm", "SumEntropy"},
        {"Grey level co", "Angular second moment", "3D", "glcm", "JointEnergy"},
        {"Grey level co", "Contrast", "3D", "glcm", "Contrast"},
        {"Grey level co", "Dissimilarity", "3D", "glcm", "DifferenceAverage"},
        {"Grey level co", "Inverse difference", "3D", "glcm", "Id"},
        {"Grey level co", "Normalised inverse difference", "3D", "glcm", "Idn"},
        {"Grey level co", "Inverse difference moment", "3D", "glcm", "Idm"},
        {"Grey level co", "Normalised inverse difference moment", "3D", "glcm", "Idmn"},
        {"Grey level co", "Inverse variance", "3D", "glcm", "InverseVariance"},
        {"Grey level co", "Correlation", "3D", "glcm", "Correlation"},
        {"Grey level co", "Autocorrelation", "3D", "glcm", "Autocorrelation"},
        {"Grey level co", "Cluster tendency", "3D", "glcm", "ClusterTendency"},
        {"Grey level co", "Cluster shade", "3D", "glcm", "ClusterShade"},
        {"Grey level co", "Cluster prominence", "3D", "glcm", "ClusterProminence"},
        {"Grey level co", "Information correlation 1", "3D", "glcm", "Imc1"},
        {"Grey level co", "Information correlation 2", "3D", "glcm", "Imc2"},
        {"Grey level run", "Short runs emphasis", "3D", "glrlm", "ShortRunEmphasis"},
        {"Grey level run", "Long runs emphasis", "3D", "glrlm", "LongRunEmphasis"},
        {"Grey level run", "Low grey level run emphasis", "3D", "glrlm", "LowGrayLevelRunEmphasis"},
        {"Grey level run", "High grey level run emphasis", "3D", "glrlm", "HighGrayLevelRunEmphasis"},
        {"Grey level run", "Short run low grey level emphasis", "3D", "glrlm", "ShortRunLowGrayLevelEmphasis"},
        {"Grey level run", "Short run high grey level emphasis", "3D", "glrlm", "ShortRunHighGrayLevelEmphasis"},
        {"Grey level run", "Long run low grey level emphasis", "3D", "glrlm", "LongRunLowGrayLevelEmphasis"},
        {"Grey level run", "Long run high grey level emphasis", "3D", "glrlm", "LongRunHighGrayLevelEmphasis"},
        {"Grey level run", "Grey level non-uniformity", "3D", "glrlm", "GrayLevelNonUniformity"},
        {"Grey level run", "Normalised grey level non-uniformity", "3D", "glrlm",
            "GrayLevelNonUniformityNormalized"},
        {"Grey level run", "Run length non-uniformity", "3D", "glrlm", "RunLengthNonUniformity"},
        {"Grey level run", "Normalised run length non-uniformity", "3D", "glrlm",
            "RunLengthNonUniformityNormalized"},
        {"Grey level run", "Run percentage", "3D", "glrlm", "RunPercentage"},
        {"Grey level run", "Grey level variance", "3D", "glrlm", "GrayLevelVariance"},
        {"Grey level run", "Run length variance", "3D", "glrlm", "RunVariance"},
        {"Grey level run", "Run entropy", "3D", "glrlm", "RunEntropy"},
        {"Grey level size", "Small zone emphasis", "3D", "glszm", "SmallAreaEmphasis"},
        {"Grey level size", "Large zone emphasis", "3D", "glszm", "LargeAreaEmphasis"},
        {"Grey level size", "Low grey level zone emphasis", "3D", "glszm", "LowGrayLevelZoneEmphasis"},
        {"Grey level size", "High grey level zone emphasis", "3D", "glszm", "HighGrayLevelZoneEmphasis"},
        {"Grey level size", "Small zone low grey level emphasis", "3D", "glszm", "SmallAreaLowGrayLevelEmphasis"},
        {"Grey level size", "Small zone high grey level emphasis", "3D", "glszm", "SmallAreaHighGrayLevelEmphasis"},
        {"Grey level size", "Large zone low grey level emphasis", "3D", "glszm", "LargeAreaLowGrayLevelEmphasis"},
        {"Grey level size", "Large zone high grey level emphasis", "3D", "glszm", "LargeAreaHighGrayLevelEmphasis"},
        {"Grey level size", "Grey level non-uniformity", "3D", "glszm", "GrayLevelNonUniformity"},
        {"Grey level size", "Normalised grey level non-uniformity", "3D", "glszm",
            "GrayLevelNonUniformityNormalized"},
        {"Grey level size", "Zone size non-uniformity", "3D", "glszm", "SizeZoneNonUniformity"},
        {"Grey level size", "Normalised zone size non-uniformity", "3D", "glszm",
            "SizeZoneNonUniformityNormalized"},
        {"Grey level size", "Zone percentage", "3D", "glszm", "ZonePercentage"},
        {"Grey level size", "Grey level variance", "3D", "glszm", "GrayLevelVariance"},
        {"Grey level size", "Zone size variance", "3D", "glszm", "ZoneVariance"},
        {"Grey level size", "Zone size entropy", "3D", "glszm", "ZoneEntropy"},
        {"Neighbourhood grey tone", "Coarseness", "3D", "ngtdm", "Coarseness"},
        {"Neighbourhood grey tone", "Contrast", "3D", "ngtdm", "Contrast"},
        {"Neighbourhood grey tone", "Busyness", "3D", "ngtdm", "Busyness"},
        {"Neighbourhood grey tone", "Complexity", "3D", "ngtdm", "Complexity"},
        {"Neighbourhood grey tone", "Strength", "3D", "ngtdm", "Strength"},
        {"Neighbouring grey level dep", "Low dependence emphasis", "3D", "gldm", "SmallDependenceEmphasis"},
        {"Neighbouring grey level dep", "High dependence emphasis", "3D", "gldm", "LargeDependenceEmphasis"},
        {"Neighbouring grey level dep", "Low grey level count emphasis", "3D", "gldm", "LowGrayLevelEmphasis"},
        {"Neighbouring grey level dep", "High grey level count emphasis", "3D", "gldm", "HighGrayLevelEmphasis"},
        {"Neighbouring grey level dep", "Low dependence low grey level emphasis", "3D", "gldm",
            "SmallDependenceLowGrayLevelEmphasis"},
        {"Neighbouring grey level dep", "Low dependence high grey level emphasis", "3D", "gldm",
            "SmallDependenceHighGrayLevelEmphasis"},
        {"Neighbouring grey level dep", "High dependence low grey level emphasis", "3D", "gldm",
            "LargeDependenceLowGrayLevelEmphasis"},
        {"Neighbouring grey level dep", "High dependence high grey level emphasis", "3D", "gldm",
            "LargeDependenceHighGrayLevelEmphasis"},
        {"Neighbouring grey level dep", "Grey level non-uniformity", "3D", "gldm", "GrayLevelNonUniformity"},
        {"Neighbouring grey level dep", "Dependence count non-uniformity", "3D", "gldm", "DependenceNonUniformity"},
        {"Neighbouring grey level dep", "Normalised dependence count non-uniformity", "3D", "gldm",
            "DependenceNonUniformityNormalized"},
        {"Neighbouring grey level dep", "Grey level variance", "3D", "gldm", "GrayLevelVariance"},
        {"Neighbouring grey level dep", "Dependence count variance", "3D", "gldm", "DependenceVariance"},
        {"Neighbouring grey level dep", "Dependence count entropy", "3D", "gldm", "DependenceEntropy"}};

    @Test
    void digitalPhantomMatchesIbsiReference() throws IOException {
        Path ibsi = TestData.shared("ibsi");
        Volume image = VolumeIO.read(ibsi.resolve("digital_phantom/nifti/phantom.nii.gz"));
        Volume mask = VolumeIO.read(ibsi.resolve("digital_phantom/nifti/mask.nii.gz"));
        RadiomicsSettings averaged = RadiomicsSettings.fromMap(Map.of("binWidth", 1, "mode", "ibsi",
            "minimumROIDimensions", 1));
        RadiomicsSettings merged = averaged.with(Map.of("weightingNorm", "no_weighting"));
        FeatureSelection all = FeatureSelection.fromMap(Map.of("shape", Shape3DNames.ALL, "firstorder", List.of(),
            "glcm", List.of(), "glrlm", List.of(), "glszm", List.of(), "gldm", List.of(), "ngtdm", List.of()));
        Map<String, Double> avg = RadiomicsExtractor.extract(image, mask, averaged, all).features();
        Map<String, Double> mrg = RadiomicsExtractor.extract(image, mask, merged,
            FeatureSelection.of(FeatureClass.GLCM, FeatureClass.GLRLM)).features();

        List<List<String>> ref = TestData.csv(ibsi.resolve("ibsi1_reference_values.csv"));
        List<String> bad = new ArrayList<>();
        int checked = 0;
        for (List<String> r : ref) {
            if (!r.get(4).equals("dig. phantom")) {
                continue;
            }
            String[] m = match(r.get(0), r.get(1), r.get(5));
            if (m == null) {
                continue;
            }
            boolean isMerged = r.get(5).endsWith("merged");
            String name = "original_" + m[3] + "_" + m[4];
            double v = (isMerged ? mrg : avg).get(name);
            double expected = Double.parseDouble(r.get(6));
            double tol = r.get(7).isEmpty() ? threeDigits(expected) : Double.parseDouble(r.get(7));
            checked++;
            if (!(Math.abs(v - expected) <= tol)) {
                bad.add(r.get(1) + " [" + r.get(5) + "] = " + m[4] + ": expected " + expected + " ± " + tol + ", got "
                    + v);
            }
        }
        assertTrue(checked >= 120, "only " + checked + " reference values matched the mapping");
        assertTrue(bad.isEmpty(), bad.size() + " of " + checked + " IBSI values differ:\n" + String.join("\n", bad));
    }

    private static String[] match(String section, String feature, String aggregation) {
        for (String[] m : MAP) {
            boolean aggOk = m[2].isEmpty() ? aggregation.isEmpty()
                : aggregation.equals("3D") || aggregation.equals("3D, averaged") || aggregation.equals("3D, merged");
            if (section.startsWith(m[0]) && feature.equals(m[1]) && aggOk) {
                return m;
            }
        }
        return null;
    }

    /** Half a unit of the third significant digit (IBSI prints phantom values to three significant digits). */
    private static double threeDigits(double v) {
        if (v == 0) {
            return 0;
        }
        return 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 2);
    }

    /** All 3D shape names including the deprecated ones IBSI defines. */
    static final class Shape3DNames {
        static final List<String> ALL = org.nacrad.radiomics.shape.Shape.FEATURES.names();
    }
}
