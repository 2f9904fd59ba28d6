/**
 * Distance-based mask operations on the physical grid: the exact anisotropic Euclidean distance transform and the
 * {@link org.nacrad.image.morphology.PeritumoralRing} (tumour grown by a margin in mm, minus the tumour, within tissue,
 * without exclusions).
 */
package org.nacrad.image.morphology;
