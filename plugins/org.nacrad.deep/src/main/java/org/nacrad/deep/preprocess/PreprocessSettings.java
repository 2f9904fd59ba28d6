package org.nacrad.deep.preprocess;

/**
 * How a volume and its ROI mask become the network input. With {@code enabled} false the image voxels are fed
 * unchanged (no crop, resampling, normalisation or resize), for users who preprocess elsewhere.
 *
 * @param enabled whether to run the steps below at all ("default" vs "none")
 * @param marginMm margin added around the mask's bounding box on every side, in mm (0: tight box)
 * @param isotropicSpacingMm target spacing of the isotropic resampling; 0 uses the finest spacing of the image
 * @param normalisation intensity normalisation after resampling
 * @param outputSize network input size in voxels along x, y, z
 * @param maskOutsideRoi set voxels outside the (resized) ROI to 0 after normalisation
 * @param seed seed of the random background fill of {@link Normalisation#MEDICALNET}
 */
public record PreprocessSettings(boolean enabled, double marginMm, double isotropicSpacingMm,
    Normalisation normalisation, int[] outputSize, boolean maskOutsideRoi, long seed) {

    public PreprocessSettings {
        if (!(marginMm >= 0) || !Double.isFinite(marginMm)) {
            throw new IllegalArgumentException("margin must be a finite number of mm ≥ 0, not " + marginMm);
        }
        if (!(isotropicSpacingMm >= 0) || !Double.isFinite(isotropicSpacingMm)) {
            throw new IllegalArgumentException("isotropic spacing must be ≥ 0 mm (0 = finest image spacing)");
        }
        if (outputSize.length != 3 || outputSize[0] < 8 || outputSize[1] < 8 || outputSize[2] < 8) {
            throw new IllegalArgumentException("network input size needs 3 values of at least 8 voxels");
        }
        outputSize = outputSize.clone();
    }

    /** The study's recipe: tight box, finest spacing, z-score over the ROI, 64³, no masking. */
    public static PreprocessSettings defaults() {
        return new PreprocessSettings(true, 0, 0, Normalisation.ZSCORE_ROI, new int[] {64, 64, 64}, false, 0);
    }

    /** Feed the image voxels unchanged. */
    public static PreprocessSettings none() {
        return new PreprocessSettings(false, 0, 0, Normalisation.NONE, new int[] {64, 64, 64}, false, 0);
    }

    @Override
    public int[] outputSize() {
        return outputSize.clone();
    }
}
