package org.nacrad.learn.smote;

import java.util.SplittableRandom;

/**
 * The random draws SMOTE/SMOTENC makes, in the order imbalanced-learn makes them, so that a test can replay the
 * exact draws numpy made (recorded by the oracle) and obtain imbalanced-learn's synthetic points bit for bit:
 * <ol>
 * <li>{@link #sampleIndices}: one draw per synthetic point, uniform in [0, minority rows × k) — numpy's
 * {@code randint(0, high, n)}; point s starts at minority row idx/k and moves towards that row's (idx mod k)-th
 * neighbour;</li>
 * <li>{@link #steps}: one uniform [0, 1) step per point — {@code uniform(size=n)};</li>
 * <li>{@link #permutation}: SMOTENC only, once per categorical column in column order: a permutation of the list of
 * tied (point, category) vote winners in row-major order — imbalanced-learn's {@code permutation} of
 * {@code argwhere(is_max)} (drawn from a second generator seeded like the first).</li>
 * </ol>
 * {@link Smoten} makes one call only: {@code sampleIndices(minority rows, n)}, the base row of each synthetic row
 * (numpy's {@code choice(minority rows, n, replace=True)}, which is that same {@code randint}).
 * {@link #seeded} is our own deterministic generator ({@code java.util.SplittableRandom}); it does not reproduce
 * numpy's Mersenne Twister streams.
 */
public interface SmoteRandom {

    int[] sampleIndices(int high, int n);

    double[] steps(int n);

    int[] permutation(int n);

    /** Deterministic draws from {@code SplittableRandom(seed)}, independent of thread count. */
    static SmoteRandom seeded(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return new SmoteRandom() {
            @Override
            public int[] sampleIndices(int high, int n) {
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = rng.nextInt(high);
                }
                return out;
            }

            @Override
            public double[] steps(int n) {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = rng.nextDouble();
                }
                return out;
            }

            @Override
            public int[] permutation(int n) {
                int[] p = new int[n];
                for (int i = 0; i < n; i++) {
                    p[i] = i;
                }
                for (int i = n - 1; i > 0; i--) {
                    int j = rng.nextInt(i + 1);
                    int t = p[i];
                    p[i] = p[j];
                    p[j] = t;
                }
                return p;
            }
        };
    }
}
