package org.nacrad.deep.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.nacrad.deep.medicalnet.Depth;
import org.nacrad.deep.medicalnet.MedicalNet;
import org.nacrad.deep.preprocess.NetworkInput;
import org.nacrad.deep.preprocess.PreprocessSettings;
import org.nacrad.deep.preprocess.Preprocessor;
import org.nacrad.deep.weights.Weights;
import org.nacrad.image.Volume;

/**
 * MedicalNet features per image and region: preprocessing, then the backbone, built once and reused for every case.
 * Cases whose network inputs share a size are run together in batches. Not thread-safe; close it to free the native
 * memory of the network.
 */
public final class DeepFeatureExtractor implements AutoCloseable {

    /** One image with the mask of the region to describe; {@code name} identifies it in errors. */
    public record Case(Volume image, Volume mask, String name) {
    }

    private final Depth depth;
    private final String provenance;
    private final Preprocessor preprocessor;
    private final int batchSize;
    private final MedicalNet net;

    public DeepFeatureExtractor(Weights weights, PreprocessSettings settings, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.depth = weights.depth();
        this.provenance = weights.provenance(); // the state dict itself is not kept: the network holds the values
        this.preprocessor = new Preprocessor(settings);
        this.batchSize = batchSize;
        this.net = MedicalNet.create(weights.depth(), weights.stateDict());
    }

    /** Which weights produced the features (file + SHA-256, or the seeded-random note). */
    public String weightsProvenance() {
        return provenance;
    }

    public int featureCount() {
        return depth.featureCount();
    }

    /** Column name {@code <prefix>_<region>_<4-digit index>}, e.g. MRI_T2_Peri_0271. */
    public static String columnName(String prefix, String region, int index) {
        return String.format(Locale.ROOT, "%s_%s_%04d", prefix, region, index);
    }

    public float[] extract(Case c) {
        return extract(List.of(c)).get(0);
    }

    /** Features of each case, in order. */
    public List<float[]> extract(List<Case> cases) {
        List<float[]> out = new ArrayList<>(cases.size());
        List<float[]> batch = new ArrayList<>();
        int[] batchShape = null;
        for (Case c : cases) {
            NetworkInput in = preprocessor.prepare(c.image(), c.mask(), c.name());
            if (batchShape != null && (!Arrays.equals(batchShape, in.zyx()) || batch.size() == batchSize)) {
                out.addAll(Arrays.asList(net.features(batch, batchShape)));
                batch.clear();
            }
            batch.add(in.voxels());
            batchShape = in.zyx();
        }
        if (!batch.isEmpty()) {
            out.addAll(Arrays.asList(net.features(batch, batchShape)));
        }
        return out;
    }

    @Override
    public void close() {
        net.close();
    }
}
