package org.nacrad.radiomics;

import java.util.List;

import org.nacrad.radiomics.features.FeatureTable;
import org.nacrad.radiomics.features.FirstOrder;
import org.nacrad.radiomics.shape.Shape;
import org.nacrad.radiomics.shape.Shape2D;
import org.nacrad.radiomics.texture.GrayLevelCooccurrenceMatrix;
import org.nacrad.radiomics.texture.GrayLevelDependenceMatrix;
import org.nacrad.radiomics.texture.GrayLevelRunLengthMatrix;
import org.nacrad.radiomics.texture.GrayLevelSizeZoneMatrix;
import org.nacrad.radiomics.texture.NeighbouringGrayToneDifferenceMatrix;

/**
 * The feature families, in PyRadiomics' output order (shape first), with their PyRadiomics class keys. shape2D is only
 * computed with force2D for a single-slice ROI, and is not in the default selection (as in PyRadiomics).
 */
public enum FeatureClass {
    SHAPE("shape"), SHAPE2D("shape2D"), FIRSTORDER("firstorder"), GLCM("glcm"), GLDM("gldm"), GLRLM("glrlm"), GLSZM("glszm"),
    NGTDM("ngtdm");

    private final String key;

    FeatureClass(String key) {
        this.key = key;
    }

    /** PyRadiomics' name, as in {@code featureClass:} and in output names {@code original_<key>_<Feature>}. */
    public String key() {
        return key;
    }

    public FeatureTable<?> table() {
        return switch (this) {
            case SHAPE -> Shape.FEATURES;
            case SHAPE2D -> Shape2D.FEATURES;
            case FIRSTORDER -> FirstOrder.FEATURES;
            case GLCM -> GrayLevelCooccurrenceMatrix.FEATURES;
            case GLDM -> GrayLevelDependenceMatrix.FEATURES;
            case GLRLM -> GrayLevelRunLengthMatrix.FEATURES;
            case GLSZM -> GrayLevelSizeZoneMatrix.FEATURES;
            case NGTDM -> NeighbouringGrayToneDifferenceMatrix.FEATURES;
        };
    }

    /** Whether the class describes the mask only (shape, shape2D). */
    public boolean isShape() {
        return this == SHAPE || this == SHAPE2D;
    }

    /** Default-enabled feature names of this class. */
    public List<String> defaultFeatures() {
        return table().defaultNames();
    }

    public static FeatureClass of(String key) {
        for (FeatureClass c : values()) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown feature class '" + key + "' (known: shape, firstorder, glcm, "
            + "gldm, glrlm, glszm, ngtdm, shape2D)");
    }
}
