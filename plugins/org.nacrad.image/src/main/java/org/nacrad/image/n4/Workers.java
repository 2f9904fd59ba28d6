package org.nacrad.image.n4;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * A fixed pool of worker threads for loops whose iterations write disjoint outputs. Callers reduce per-item
 * partial results in item order afterwards, so results never depend on the thread count.
 */
final class Workers implements AutoCloseable {

    private final int threads;
    private final ExecutorService pool;

    Workers(int threads) {
        this.threads = threads;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nacrad-n4");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** Runs {@code body.accept(i)} for every i in [0, count), in contiguous blocks, one per thread. */
    void forEach(int count, IntConsumer body) {
        int blocks = Math.min(threads, count);
        if (pool == null || blocks <= 1) {
            for (int i = 0; i < count; i++) {
                body.accept(i);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            int from = (int) ((long) count * b / blocks);
            int to = (int) ((long) count * (b + 1) / blocks);
            futures.add(pool.submit(() -> {
                for (int i = from; i < to; i++) {
                    body.accept(i);
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("N4 interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("N4 worker failed", cause);
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
