/**
 * The embedded synthetic breast NAC cohort ({@link org.nacrad.image.synthetic.SyntheticCohort}); its generative
 * model is documented in {@code GENERATIVE_MODEL.md} in this package's resources.
 */
package org.nacrad.image.synthetic;
