package org.nacrad.learn.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nacrad.learn.BinaryLabels;
import org.nacrad.learn.FeatureMatrix;
import org.nacrad.learn.FeatureSelection;
import org.nacrad.learn.combat.ComBat;
import org.nacrad.learn.combat.ComBatCovariates;
import org.nacrad.learn.combat.FittedComBat;
import org.nacrad.learn.combat.UnseenBatchPolicy;
import org.nacrad.learn.mrmr.Mrmr;
import org.nacrad.learn.scaling.FittedRobustScaler;
import org.nacrad.learn.scaling.RobustScaler;
import org.nacrad.learn.smote.SmoteNc;
import org.nacrad.learn.smote.SmoteRandom;
import org.nacrad.learn.split.Partition;
import org.nacrad.learn.split.RepeatedStratifiedSplit;

/**
 * Times the learning-core part of the study protocol on a synthetic cohort of the paper's size (177 rows, 1,550
 * MRI + 1,550 CT features, 7 clinical columns): per partition ComBat per modality, robust scaling, mRMR per modality
 * and on the selected features plus clinical, and SMOTENC. RFE and XGBoost are not part of this bundle.
 * Usage: {@code java org.nacrad.learn.bench.LearnBenchmark [splits=10] [seed=1]}.
 */
public final class LearnBenchmark {

    private static final int ROWS = 177;
    private static final int PER_MODALITY = 1550;
    private static final int CLINICAL = 7;

    private LearnBenchmark() {
    }

    public static void main(String[] args) {
        int splits = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        SplittableRandom rng = new SplittableRandom(seed);
        int[] y = new int[ROWS];
        List<String> scanner = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            y[i] = rng.nextDouble() < 0.3 ? 1 : 0;
            scanner.add("scanner" + (i % 3));
        }
        FeatureMatrix mri = modality("mri", y, scanner, rng);
        FeatureMatrix ct = modality("ct", y, scanner, rng);
        FeatureMatrix clinical = clinical(y, rng);
        BinaryLabels labels = new BinaryLabels(y);
        long start = System.nanoTime();
        int selectedTotal = 0;
        for (Partition p : RepeatedStratifiedSplit.partitions(labels, splits, 0.2, seed)) {
            int[] train = p.train();
            int[] test = p.test();
            BinaryLabels yTrain = labels.subset(train);
            Prepared mriPrep = Prepared.fit(mri.selectRows(train), subset(scanner, train));
            Prepared ctPrep = Prepared.fit(ct.selectRows(train), subset(scanner, train));
            FeatureMatrix mriTrain = mriPrep.apply(mri.selectRows(train), subset(scanner, train));
            FeatureMatrix ctTrain = ctPrep.apply(ct.selectRows(train), subset(scanner, train));
            Mrmr mrmr = new Mrmr();
            FeatureSelection mriSel = mrmr.fit(mriTrain, yTrain);
            FeatureSelection ctSel = mrmr.fit(ctTrain, yTrain);
            FeatureMatrix stage2 = mriSel.transform(mriTrain).appendColumns(ctSel.transform(ctTrain))
                    .appendColumns(clinical.selectRows(train));
            FeatureSelection finalSel = mrmr.fit(stage2, yTrain);
            selectedTotal += finalSel.selected().size();
            List<String> categorical = finalSel.selected().stream().filter(c -> c.startsWith("clin_cat")).toList();
            FeatureMatrix chosen = finalSel.transform(stage2);
            if (chosen.columnCount() > categorical.size()) { // SMOTENC needs a continuous column
                new SmoteNc().resample(chosen, yTrain, categorical, SmoteRandom.seeded(seed + p.index()));
            }
            // the held-out rows only ever see the training estimates
            FeatureMatrix heldOut = mriSel.transform(mriPrep.apply(mri.selectRows(test), subset(scanner, test)))
                    .appendColumns(ctSel.transform(ctPrep.apply(ct.selectRows(test), subset(scanner, test))))
                    .appendColumns(clinical.selectRows(test));
            finalSel.transform(heldOut);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d partitions of %d rows x %d features: %.2f s (%.3f s per partition), "
                + "mean final selection %.1f features%n", splits, ROWS, 2 * PER_MODALITY + CLINICAL, seconds,
                seconds / splits, selectedTotal / (double) splits);
    }

    /** ComBat then robust scaling, both fitted on the training part and applied to any rows. */
    private record Prepared(FittedComBat combat, FittedRobustScaler scaler) {
        static Prepared fit(FeatureMatrix train, List<String> batches) {
            FittedComBat combat = new ComBat().fit(train, batches, ComBatCovariates.none(train.rowCount()));
            FeatureMatrix harmonised = combat.transform(train, batches, ComBatCovariates.none(train.rowCount()),
                    UnseenBatchPolicy.ERROR).data();
            return new Prepared(combat, new RobustScaler().fit(harmonised));
        }

        FeatureMatrix apply(FeatureMatrix rows, List<String> batches) {
            return scaler.transform(combat.transform(rows, batches, ComBatCovariates.none(rows.rowCount()),
                    UnseenBatchPolicy.ERROR).data());
        }
    }

    private static FeatureMatrix modality(String prefix, int[] y, List<String> scanner, SplittableRandom rng) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < PER_MODALITY; j++) {
            names.add(prefix + "_" + j);
        }
        double[][] v = new double[ROWS][PER_MODALITY];
        double[] shift = new double[3];
        for (int b = 0; b < 3; b++) {
            shift[b] = rng.nextGaussian();
        }
        for (int i = 0; i < ROWS; i++) {
            int b = scanner.get(i).charAt(7) - '0';
            for (int j = 0; j < PER_MODALITY; j++) {
                v[i][j] = rng.nextGaussian() * (1 + 0.2 * b) + shift[b] + (j < 20 ? 0.8 * y[i] : 0);
            }
        }
        return new FeatureMatrix(names, v);
    }

    private static FeatureMatrix clinical(int[] y, SplittableRandom rng) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < CLINICAL; j++) {
            names.add(j < 3 ? "clin_cat" + j : "clin_num" + j);
        }
        double[][] v = new double[ROWS][CLINICAL];
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < CLINICAL; j++) {
                v[i][j] = j < 3 ? rng.nextInt(3) : rng.nextGaussian() + 0.3 * y[i];
            }
        }
        return new FeatureMatrix(names, v);
    }

    private static List<String> subset(List<String> values, int[] rows) {
        List<String> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(values.get(r));
        }
        return out;
    }
}
