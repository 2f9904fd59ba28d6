package org.nacrad.learn.xgboost.selection;

import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.split.FoldAssignment;

/** How cross-validation assigns the training rows to folds, decided once the labels are known. */
@FunctionalInterface
public interface Folds {

    FoldAssignment assign(BinaryLabels labels);

    /** scikit-learn's default cv for classifiers: {@code StratifiedKFold(k)} without shuffling. */
    static Folds sklearn(int k) {
        return labels -> FoldAssignment.sklearnUnshuffled(labels, k);
    }

    /** Shuffled stratified k-fold ({@link FoldAssignment#stratified}) for a seed. */
    static Folds stratified(int k, long seed) {
        return labels -> FoldAssignment.stratified(labels, k, seed);
    }

    /** A fixed assignment (e.g. a reference run's folds); its size must equal the number of rows. */
    static Folds fixed(FoldAssignment folds) {
        return labels -> {
            if (folds.size() != labels.size()) {
                throw new IllegalArgumentException("the fold assignment covers " + folds.size() + " rows but the "
                        + "training data has " + labels.size());
            }
            return folds;
        };
    }
}
