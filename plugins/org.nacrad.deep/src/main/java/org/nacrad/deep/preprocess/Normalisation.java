package org.nacrad.deep.preprocess;

/** Intensity normalisation applied after isotropic resampling. */
public enum Normalisation {
    /** (v − mean) / std with mean and population std over the ROI voxels; std 0 (constant ROI) only centres. */
    ZSCORE_ROI,
    /**
     * MedicalNet's own (datasets/brains18.py): mean and std over voxels with value &gt; 0, applied to every voxel; then
     * voxels whose value was exactly 0 are replaced by N(0,1) noise, here drawn from a generator seeded with the
     * settings' seed so the result is reproducible.
     */
    MEDICALNET,
    /** Intensities unchanged. */
    NONE
}
