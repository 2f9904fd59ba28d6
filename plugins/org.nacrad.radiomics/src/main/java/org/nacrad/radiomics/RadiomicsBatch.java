package org.nacrad.radiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.nacrad.image.Volume;

/**
 * Extraction of many ROIs in parallel. Each ROI is computed by one thread with the same sequential code, so results are
 * bit-identical whatever the thread count; they are returned in input order. A failing ROI yields its exception in
 * {@link Outcome#error()} instead of stopping the others.
 */
public final class RadiomicsBatch {

    /** One image/mask pair to extract. */
    public record Input(String id, Volume image, Volume mask) {
    }

    /** Either a result or the error that prevented it. */
    public record Outcome(String id, RadiomicsResult result, RuntimeException error) {
    }

    private RadiomicsBatch() {
    }

    public static List<Outcome> extractAll(List<Input> inputs, RadiomicsSettings settings, FeatureSelection selection,
        int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "radiomics-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Input in : inputs) {
                futures.add(pool.submit(() -> run(in, settings, selection)));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("radiomics batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("radiomics batch failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome run(Input in, RadiomicsSettings settings, FeatureSelection selection) {
        try {
            return new Outcome(in.id(), RadiomicsExtractor.extract(in.image(), in.mask(), settings, selection), null);
        } catch (RuntimeException e) {
            return new Outcome(in.id(), null, e);
        }
    }
}
