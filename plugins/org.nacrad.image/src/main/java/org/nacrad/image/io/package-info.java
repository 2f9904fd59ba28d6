/**
 * Reading and writing 3D volumes: NIfTI-1/NIfTI-2 ({@code .nii}, {@code .nii.gz}), NRRD ({@code .nrrd},
 * {@code .nhdr} with detached data) and 3D Slicer segmentations ({@code .seg.nrrd}). Entry points:
 * {@link org.nacrad.image.io.VolumeIO} (format from the file name), {@link org.nacrad.image.io.SegmentationReader},
 * {@link org.nacrad.image.io.VolumeChecks}. Geometry and voxel values agree with SimpleITK's ReadImage (goldens in
 * {@code oracle/imaging-io}); every problem is a {@link org.nacrad.image.io.VolumeFormatException} naming the file;
 * writes are atomic.
 */
package org.nacrad.image.io;
