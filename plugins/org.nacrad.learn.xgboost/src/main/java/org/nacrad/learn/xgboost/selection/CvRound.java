package org.nacrad.learn.xgboost.selection;

import java.util.ArrayList;
import java.util.List;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.split.FoldAssignment;
import org.nacrad.learn.split.Partition;

/** One cross-validation round's training and validation rows, checked to hold both classes. */
record CvRound(int fold, FeatureMatrix trainX, BinaryLabels trainY, FeatureMatrix testX, BinaryLabels testY) {

    /** All rounds of {@code folds}; fails naming the fold if a training or validation part lacks a class. */
    static List<CvRound> of(FeatureMatrix x, BinaryLabels y, FoldAssignment folds) {
        if (folds.size() != y.size()) {
            throw new IllegalArgumentException("the fold assignment covers " + folds.size() + " rows but the "
                    + "training data has " + y.size());
        }
        List<CvRound> out = new ArrayList<>();
        for (Partition p : folds.rounds()) {
            BinaryLabels trainY = y.subset(p.train());
            BinaryLabels testY = y.subset(p.test());
            trainY.requireBothClasses("the training part of cross-validation fold " + (p.index() + 1));
            testY.requireBothClasses("validation fold " + (p.index() + 1));
            out.add(new CvRound(p.index(), x.selectRows(p.train()), trainY, x.selectRows(p.test()), testY));
        }
        return out;
    }
}
