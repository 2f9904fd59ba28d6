package org.nacrad.image.n4;

/**
 * Told after every N4 iteration, e.g. to report progress. To cancel, throw an unchecked exception: it propagates
 * out of {@link N4Corrector#correct(org.nacrad.image.Volume, org.nacrad.image.Volume, N4Parameters, N4Monitor)}
 * and no result is produced.
 */
@FunctionalInterface
public interface N4Monitor {

    /** No reporting. */
    N4Monitor NONE = (level, iteration, convergence) -> {
    };

    /**
     * @param level       fitting level, from 0
     * @param iteration   iterations done in this level, from 1
     * @param convergence coefficient of variation of the field change in this iteration
     */
    void iterationDone(int level, int iteration, double convergence);
}
