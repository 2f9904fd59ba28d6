/**
 * Intensity normalisation: {@link org.nacrad.image.normalize.ZScoreNormalization}, PyRadiomics' normalizeImage
 * (z-score with sample SD, optional outlier clipping in SD units, then scaling), over the whole image or a mask.
 */
package org.nacrad.image.normalize;
