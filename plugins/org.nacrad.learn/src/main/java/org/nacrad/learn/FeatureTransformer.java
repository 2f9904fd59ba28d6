package org.nacrad.learn;

/**
 * A fitted step that maps a table to a table using only its training estimates (scaler, ComBat, selection).
 * Columns are matched by name, so the input may hold extra columns or another column order.
 */
public interface FeatureTransformer extends FittedModel {

    FeatureMatrix transform(FeatureMatrix input);
}
