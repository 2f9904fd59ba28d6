package org.nacrad.knime.deep;

import java.util.List;

import org.nacrad.deep.features.DeepFeatureExtractor;
import org.nacrad.deep.preprocess.PreprocessSettings;
import org.nacrad.deep.weights.Weights;

/**
 * What the MedicalNet Feature node and {@code nacrad deep} share (no KNIME types): starting the network with a
 * clear message when DJL's PyTorch engine cannot start, running cases with errors that name them, and the name of
 * the provenance column/row.
 */
public final class DeepRuntime {

    private DeepRuntime() {
    }

    /** {@code <prefix>_<region>_weights}: the column (node) or row (CLI) recording which weights were used. */
    public static String weightsName(String prefix, String region) {
        return prefix + "_" + region + "_weights";
    }

    /** Starts the engine (first use in the JVM) and builds the network once, with the weights loaded. */
    public static DeepFeatureExtractor extractor(Weights weights, PreprocessSettings preprocessing, int batchSize)
        throws DeepFeatureException {
        try {
            return new DeepFeatureExtractor(weights, preprocessing, batchSize);
        } catch (RuntimeException | LinkageError e) {
            throw new DeepFeatureException("Cannot start DJL's PyTorch engine or build the MedicalNet " + weights.depth()
                + " network: " + rootMessage(e) + ". The PyTorch CPU natives ship in the org.nacrad.lib.djl bundle and "
                + "are unpacked on first use into the DJL cache folder (DJL_CACHE_DIR, default ~/.djl.ai; about "
                + "430 MB, must be writable); DJL runs offline (ai.djl.offline=true).", e);
        }
    }

    /** Features of each case in order; bad input (empty ROI, non-finite voxels, ...) names the case. */
    public static List<float[]> extract(DeepFeatureExtractor fx, List<DeepFeatureExtractor.Case> cases)
        throws DeepFeatureException {
        try {
            return fx.extract(cases);
        } catch (IllegalArgumentException e) {
            throw new DeepFeatureException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new DeepFeatureException("MedicalNet forward pass failed for "
                + cases.stream().map(DeepFeatureExtractor.Case::name).toList() + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t == e ? String.valueOf(m) : e.getMessage() + " (cause: " + t + ")";
    }
}
