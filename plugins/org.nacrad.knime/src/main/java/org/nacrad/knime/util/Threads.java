package org.nacrad.knime.util;

/** Worker threads for parallel core algorithms: the {@code nacrad.threads} property (bin/nacrad --threads) or all cores. */
public final class Threads {

    private Threads() {
    }

    public static int count() {
        return Math.max(1, Integer.getInteger("nacrad.threads", Runtime.getRuntime().availableProcessors()));
    }
}
