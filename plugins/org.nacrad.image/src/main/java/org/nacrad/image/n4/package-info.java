/**
 * N4 bias-field correction (N.J. Tustison et al., "N4ITK: Improved N3 Bias Correction", IEEE TMI 29(6), 2010) as
 * ITK's N4BiasFieldCorrectionImageFilter computes it, with SimpleITK's parameters and defaults. Entry point:
 * {@link org.nacrad.image.n4.N4Corrector#correct}. Plain Java, no third-party libraries; results do not depend on
 * the thread count. Conformance with SimpleITK is tested against the goldens in {@code oracle/n4/golden}.
 */
package org.nacrad.image.n4;
