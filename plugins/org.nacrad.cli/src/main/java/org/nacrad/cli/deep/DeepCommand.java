package org.nacrad.cli.deep;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.nacrad.cli.Args;
import org.nacrad.cli.Main;
import org.nacrad.cohort.csv.CsvWriter;
import org.nacrad.deep.features.DeepFeatureExtractor;
import org.nacrad.deep.medicalnet.Depth;
import org.nacrad.deep.medicalnet.TorchRuntime;
import org.nacrad.deep.preprocess.Normalisation;
import org.nacrad.deep.preprocess.PreprocessSettings;
import org.nacrad.deep.weights.Weights;
import org.nacrad.deep.weights.WeightsLoader;
import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeIO;
import org.nacrad.knime.deep.DeepFeatureException;
import org.nacrad.knime.deep.DeepRuntime;

/**
 * {@code nacrad deep --image I --mask M --depth 34 --weights W.pth|--seeded-weights SEED [--preprocess default|none]
 * --out F.csv}: MedicalNet features of one image within one mask as {@code name,value} rows, named as the MedicalNet
 * Feature node names its columns, after a first row recording the weights used.
 */
public final class DeepCommand implements Main.Command {

    private static final String USAGE = """
        usage: nacrad deep --image I --mask M [--depth 10|18|34|50] (--weights W.pth | --seeded-weights SEED)
                           [--preprocess default|none] [--size 64] [--margin-mm 0] [--spacing-mm 0]
                           [--normalisation zscore-roi|medicalnet|none] [--fill-seed 0] [--mask-outside-roi]
                           [--prefix MRI_T2] [--region Intra] [--threads N] [--djl-cache DIR] --out F.csv
          --depth           MedicalNet ResNet depth (34)
          --weights         a MedicalNet checkpoint of that depth, e.g. resnet_34_23dataset.pth (Tencent/MedicalNet)
          --seeded-weights  seeded random initialisation instead: NOT pretrained, for demos and tests
          --preprocess      default: crop to the mask (+ margin), isotropic resampling (0 = finest spacing),
                            normalisation, resize to --size^3 (zscore-roi: over the ROI; medicalnet: MedicalNet's
                            scheme, background noise from --fill-seed); none: the image voxels unchanged, no mask
          --threads         PyTorch threads (default: one per core)
          --djl-cache       folder for the unpacked PyTorch natives (default: DJL_CACHE_DIR or ~/.djl.ai)
        Rows: <prefix>_<region>_weights (file name + SHA-256, or the seeded-random note), then
        <prefix>_<region>_0000 ... (512 features, 2048 for ResNet50).""";

    @Override
    public String summary() {
        return "MedicalNet (3D ResNet) deep features of one image and mask as name,value CSV";
    }

    @Override
    public int run(List<String> argList) throws Exception {
        Args args = new Args(argList, Set.of("help", "mask-outside-roi"), Set.of("image", "mask", "depth", "weights",
            "seeded-weights", "preprocess", "size", "margin-mm", "spacing-mm", "normalisation", "fill-seed",
            "mask-outside-roi", "prefix", "region", "threads", "djl-cache", "out", "help"));
        if (args.has("help")) {
            System.out.println(USAGE);
            return 0;
        }
        Depth depth = depth(args);
        PreprocessSettings preprocessing = preprocessing(args);
        Path out = Path.of(args.require("out"));
        if (args.has("weights") == args.has("seeded-weights")) {
            throw new Main.UsageException("give either --weights W.pth (a MedicalNet checkpoint) or --seeded-weights "
                + "SEED (random, not pretrained)");
        }
        String prefix = args.get("prefix", "MRI_T2");
        String region = args.get("region", "Intra");
        if (prefix.isBlank() || region.isBlank()) {
            throw new Main.UsageException("--prefix and --region must not be empty");
        }
        Volume image = volume(args.require("image"), "image");
        Volume mask = preprocessing.enabled() ? volume(args.require("mask"), "mask") : null;
        TorchRuntime.configure(args.has("djl-cache") ? Path.of(args.get("djl-cache", null)) : null,
            args.intValue("threads", 0));
        try (DeepFeatureExtractor fx = DeepRuntime.extractor(weights(args, depth), preprocessing, 1)) {
            float[] features = DeepRuntime.extract(fx, List.of(new DeepFeatureExtractor.Case(image, mask,
                args.require("image")))).get(0);
            write(out, DeepRuntime.weightsName(prefix, region), fx.weightsProvenance(), prefix, region, features);
        } catch (DeepFeatureException e) {
            throw new Main.UsageException(e.getMessage(), e);
        }
        return 0;
    }

    private static Depth depth(Args args) throws Main.UsageException {
        try {
            return Depth.of(args.intValue("depth", 34));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage(), e);
        }
    }

    private static PreprocessSettings preprocessing(Args args) throws Main.UsageException {
        String mode = args.get("preprocess", "default");
        if (mode.equals("none")) {
            return PreprocessSettings.none();
        }
        if (!mode.equals("default")) {
            throw new Main.UsageException("--preprocess must be default or none, not '" + mode + "'");
        }
        String n = args.get("normalisation", "zscore-roi");
        if (!List.of("zscore-roi", "medicalnet", "none").contains(n)) {
            throw new Main.UsageException("--normalisation must be zscore-roi, medicalnet or none, not '" + n + "'");
        }
        int size = args.intValue("size", 64);
        try {
            return new PreprocessSettings(true, number(args, "margin-mm"), number(args, "spacing-mm"),
                Normalisation.valueOf(n.toUpperCase(Locale.ROOT).replace('-', '_')), new int[] {size, size, size},
                args.has("mask-outside-roi"), args.intValue("fill-seed", 0));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage(), e);
        }
    }

    private static double number(Args args, String name) throws Main.UsageException {
        String v = args.get(name, "0");
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new Main.UsageException("--" + name + " must be a number, not '" + v + "'");
        }
    }

    private static Volume volume(String path, String what) throws Main.UsageException {
        if (!Files.isRegularFile(Path.of(path))) {
            throw new Main.UsageException(what + " file not found: " + path);
        }
        try {
            return VolumeIO.read(Path.of(path));
        } catch (IOException | IllegalArgumentException e) {
            throw new Main.UsageException("cannot read the " + what + " " + path + ": " + e.getMessage(), e);
        }
    }

    private static Weights weights(Args args, Depth depth) throws Main.UsageException {
        if (args.has("seeded-weights")) {
            String seed = args.get("seeded-weights", null);
            try {
                return WeightsLoader.seededRandom(depth, Long.parseLong(seed));
            } catch (NumberFormatException e) {
                throw new Main.UsageException("--seeded-weights must be an integer seed, not '" + seed + "'");
            }
        }
        try {
            return WeightsLoader.fromFile(Path.of(args.get("weights", null)), depth);
        } catch (IOException | IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage(), e);
        }
    }

    private static void write(Path out, String weightsName, String provenance, String prefix, String region,
        float[] features) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // a sibling moved into place when complete; not Files.createTempFile, whose 0600 mode would stick
        Path tmp = parent.resolve("." + out.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
                CsvWriter.writeRecord(w, List.of("name", "value"));
                CsvWriter.writeRecord(w, List.of(weightsName, provenance));
                for (int i = 0; i < features.length; i++) {
                    CsvWriter.writeRecord(w, List.of(DeepFeatureExtractor.columnName(prefix, region, i),
                        Float.toString(features[i])));
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
