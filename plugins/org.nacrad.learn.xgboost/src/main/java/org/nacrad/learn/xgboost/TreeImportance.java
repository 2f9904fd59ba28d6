package org.nacrad.learn.xgboost;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Feature importance computed from the booster's JSON model exactly as XGBoost's native {@code FeatureScore} does
 * (XGBoost4J's own {@code getScore} parses a rounded text dump instead): trees in order, nodes in the native
 * depth-first walk (a stack; left child pushed before right, so the right subtree is visited first), float32
 * accumulation, averages divided by max(1, split count) in float32.
 */
final class TreeImportance {

    private TreeImportance() {
    }

    /** Raw importance of features 0..featureCount-1 (0 for features never split on), as float32 values. */
    static float[] compute(String modelJson, int featureCount, ImportanceType type) {
        List<Object> trees = trees(modelJson);
        float[] score = new float[featureCount];
        long[] splits = new long[featureCount];
        for (Object t : trees) {
            Map<?, ?> tree = (Map<?, ?>) t;
            List<?> left = (List<?>) tree.get("left_children");
            List<?> right = (List<?>) tree.get("right_children");
            List<?> feature = (List<?>) tree.get("split_indices");
            List<?> stat = (List<?>) tree.get(type.usesGain() ? "loss_changes" : "sum_hessian");
            Deque<Integer> stack = new ArrayDeque<>();
            stack.push(0);
            while (!stack.isEmpty()) {
                int node = stack.pop();
                int l = Integer.parseInt((String) left.get(node));
                int r = Integer.parseInt((String) right.get(node));
                if (l != -1) { // not a leaf
                    int f = Integer.parseInt((String) feature.get(node));
                    splits[f]++;
                    score[f] = type == ImportanceType.WEIGHT ? splits[f]
                            : score[f] + Float.parseFloat((String) stat.get(node));
                    stack.push(l);
                }
                if (r != -1) {
                    stack.push(r);
                }
            }
        }
        if (type.averaged()) {
            for (int f = 0; f < featureCount; f++) {
                score[f] /= Math.max(1.0f, (float) splits[f]);
            }
        }
        return score;
    }

    /**
     * scikit-learn-API normalisation ({@code feature_importances_}): float32 values divided by their float32 sum
     * (numpy's pairwise summation), all zeros left as they are.
     */
    static float[] normalise(float[] raw) {
        float total = pairwiseSum(raw, 0, raw.length);
        float[] out = raw.clone();
        if (total != 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= total;
            }
        }
        return out;
    }

    /** numpy's pairwise float32 sum: 8 running partial sums in blocks of at most 128, halves above that. */
    static float pairwiseSum(float[] a, int from, int n) {
        if (n < 8) {
            float res = 0f;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= 128) {
            float[] r = new float[8];
            System.arraycopy(a, from, r, 0, 8);
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[from + i + j];
                }
            }
            float res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwiseSum(a, from, n2) + pairwiseSum(a, from + n2, n - n2);
    }

    private static List<Object> trees(String modelJson) {
        Object root = MiniJson.parse(modelJson);
        Object model = path(root, "learner", "gradient_booster", "model", "trees");
        if (!(model instanceof List<?>)) {
            throw new IllegalStateException("XGBoost model JSON has no learner.gradient_booster.model.trees");
        }
        @SuppressWarnings("unchecked")
        List<Object> trees = (List<Object>) model;
        return trees;
    }

    private static Object path(Object node, String... keys) {
        for (String k : keys) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(k);
        }
        return node;
    }
}
