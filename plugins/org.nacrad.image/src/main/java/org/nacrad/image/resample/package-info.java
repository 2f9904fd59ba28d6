/**
 * Resampling as SimpleITK's ResampleImageFilter does it (identity transform): {@link
 * org.nacrad.image.resample.Resampler} onto any grid with nearest, linear or cubic B-spline interpolation (ITK's
 * mirror-boundary prefilter), default value 0 outside the input, output in the input's pixel type unless told
 * otherwise — integer outputs are clamped and truncated toward zero, exactly as SimpleITK stores a B-spline or linear
 * result in an int16 image. {@link org.nacrad.image.resample.RadiomicsResampling} adds PyRadiomics' grid rules
 * (ROI bounding box + padDistance, mask-derived origin, masks always nearest). Results equal SimpleITK 2.5.7's bit for
 * bit — ITK 5.4's index arithmetic, SVD inverse, interpolation formulas and summation order are repeated, so
 * half-voxel ties and integer truncation agree — except floating outputs of the separable paths (axis-aligned
 * B-spline: summation order; grids sharing an oblique direction: indices a rounding error away), within about 1e-12
 * relative. Goldens: {@code oracle/imaging-ops}.
 */
package org.nacrad.image.resample;
