package org.nacrad.learn.split;

import java.util.SplittableRandom;

/** Fisher–Yates shuffle (Durstenfeld: for i = n-1 down to 1, swap a[i] with a[j], j uniform in 0..i). */
final class Shuffle {

    private Shuffle() {
    }

    static void inPlace(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
