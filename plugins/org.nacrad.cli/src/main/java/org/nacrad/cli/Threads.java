package org.nacrad.cli;

/** Applies {@code --threads}: the common fork-join pool and the property core bundles read for their pools. */
final class Threads {

    /** Property the core bundles consult for their worker count. */
    static final String PROPERTY = "nacrad.threads";

    private Threads() {
    }

    static void configure(int threads) throws Main.UsageException {
        if (threads < 1) {
            throw new Main.UsageException("--threads must be at least 1");
        }
        System.setProperty(PROPERTY, Integer.toString(threads));
        System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", Integer.toString(threads));
    }
}
