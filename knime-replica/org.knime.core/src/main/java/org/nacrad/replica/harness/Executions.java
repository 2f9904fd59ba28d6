/*
 * NACRad — headless harness for the KNIME API replica (not part of KNIME). GPL-3.0-or-later.
 */
package org.nacrad.replica.harness;

import java.lang.reflect.Constructor;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.knime.core.node.ExecutionContext;

/** Creates root {@link ExecutionContext}s (KNIME builds them from workflow internals the replica lacks). */
public final class Executions {

    private Executions() {
    }

    /** @return a context that reports nowhere and is never canceled */
    public static ExecutionContext context() {
        return context(null, null);
    }

    /**
     * @param listener receives progress and messages (null: none)
     * @param canceled polled by {@code checkCanceled()}; true makes it throw CanceledExecutionException (null: never)
     */
    public static ExecutionContext context(final ProgressListener listener, final BooleanSupplier canceled) {
        BiConsumer<Double, String> sink = listener == null ? null : listener::progress;
        try {
            Constructor<ExecutionContext> c =
                ExecutionContext.class.getDeclaredConstructor(BiConsumer.class, BooleanSupplier.class);
            c.setAccessible(true);
            return c.newInstance(sink, canceled);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Replica wiring broken: ExecutionContext root constructor", e);
        }
    }
}
