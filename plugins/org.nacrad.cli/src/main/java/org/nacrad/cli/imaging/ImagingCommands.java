package org.nacrad.cli.imaging;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.nacrad.cli.Args;
import org.nacrad.cli.Main;
import org.nacrad.image.PixelType;
import org.nacrad.image.Volume;
import org.nacrad.image.io.VolumeIO;
import org.nacrad.image.morphology.PeritumoralRing;
import org.nacrad.image.n4.N4Corrector;
import org.nacrad.image.n4.N4Parameters;
import org.nacrad.image.n4.N4Result;
import org.nacrad.image.normalize.ZScoreNormalization;
import org.nacrad.image.resample.Interpolator;
import org.nacrad.image.resample.Resampler;
import org.nacrad.image.synthetic.SyntheticCohort;

/** The single-step imaging commands: convert, resample, n4, normalize, ring, demo-cohort. */
public final class ImagingCommands {

    private ImagingCommands() {
    }

    /** A command defined by its usage line, its options and a body. */
    private record Simple(String summary, String usage, Set<String> flags, Set<String> options, Body body)
        implements Main.Command {

        @Override
        public int run(List<String> argList) throws Exception {
            Set<String> known = new java.util.HashSet<>(options);
            known.add("help");
            Set<String> allFlags = new java.util.HashSet<>(flags);
            allFlags.add("help");
            Args args = new Args(argList, allFlags, known);
            if (args.has("help")) {
                System.out.println("usage: nacrad " + usage);
                return 0;
            }
            try {
                body.run(args);
            } catch (NoSuchFileException e) {
                throw new Main.UsageException("file not found: " + e.getFile(), e);
            } catch (IOException | IllegalArgumentException e) {
                throw new Main.UsageException(e.getMessage(), e);
            }
            return 0;
        }
    }

    @FunctionalInterface
    private interface Body {
        void run(Args args) throws Exception;
    }

    public static Map<String, Main.Command> all() {
        return Map.of(
            "convert", new Simple("convert a volume between formats (by extension): convert IN OUT", "convert IN OUT",
                Set.of(), Set.of(), ImagingCommands::convert),
            "resample", new Simple("resample a volume to a spacing", "resample --image IN --spacing X,Y,Z "
                + "[--interpolator nearest|linear|bspline] --out OUT", Set.of(),
                Set.of("image", "spacing", "interpolator", "out"), ImagingCommands::resample),
            "n4", new Simple("N4 bias-field correction", "n4 --image IN [--mask M] --out OUT [--bias-field B] "
                + "[--shrink N] [--iterations a,b,c,d] [--threads N]", Set.of(),
                Set.of("image", "mask", "out", "bias-field", "shrink", "iterations", "threads"), ImagingCommands::n4),
            "normalize", new Simple("z-score normalisation (PyRadiomics normalize)", "normalize --image IN [--mask M] "
                + "--out OUT [--scale S] [--remove-outliers N]", Set.of(),
                Set.of("image", "mask", "out", "scale", "remove-outliers"), ImagingCommands::normalize),
            "ring", new Simple("peritumoral ring mask", "ring --mask M --margin-mm D [--tissue T] [--exclude E]... "
                + "--out OUT", Set.of(), Set.of("mask", "margin-mm", "tissue", "exclude", "out"),
                ImagingCommands::ring),
            "demo-cohort", new Simple("write the synthetic demo cohort", "demo-cohort --out DIR [--patients N] "
                + "[--seed S] [--overwrite]", Set.of("overwrite"), Set.of("out", "patients", "seed"),
                ImagingCommands::demoCohort));
    }

    private static void convert(Args args) throws Exception {
        if (args.positional().size() != 2) {
            throw new Main.UsageException("usage: nacrad convert IN OUT");
        }
        VolumeIO.write(VolumeIO.read(Path.of(args.positional().get(0))), Path.of(args.positional().get(1)));
    }

    private static void resample(Args args) throws Exception {
        Volume in = VolumeIO.read(Path.of(args.require("image")));
        double[] spacing = numbers(args.require("spacing"), 3, "--spacing");
        Interpolator interpolator = Interpolator.parse(args.get("interpolator", "bspline"));
        VolumeIO.write(Resampler.toSpacing(in, spacing, interpolator), Path.of(args.require("out")));
    }

    private static void n4(Args args) throws Exception {
        Volume image = VolumeIO.read(Path.of(args.require("image")));
        Volume mask = args.has("mask") ? VolumeIO.read(Path.of(args.get("mask", null))) : null;
        N4Parameters.Builder p = N4Parameters.builder().shrinkFactor(args.intValue("shrink", 1))
            .threads(args.intValue("threads", Runtime.getRuntime().availableProcessors()));
        if (args.has("iterations")) {
            double[] it = numbers(args.get("iterations", null), 0, "--iterations");
            p.maximumIterations(java.util.Arrays.stream(it).mapToInt(d -> (int) d).toArray());
        }
        N4Result r = N4Corrector.correct(image, mask, p.build());
        VolumeIO.write(r.corrected().withData(r.corrected().data(), PixelType.FLOAT32), Path.of(args.require("out")));
        if (args.has("bias-field")) {
            double[] field = r.logBiasField().data().clone();
            for (int i = 0; i < field.length; i++) {
                field[i] = Math.exp(field[i]);
            }
            VolumeIO.write(r.logBiasField().withData(field, PixelType.FLOAT32), Path.of(args.get("bias-field", null)));
        }
    }

    private static void normalize(Args args) throws Exception {
        Volume image = VolumeIO.read(Path.of(args.require("image")));
        Volume mask = args.has("mask") ? VolumeIO.read(Path.of(args.get("mask", null))) : null;
        double outliers = Double.parseDouble(args.get("remove-outliers", "0"));
        ZScoreNormalization z = new ZScoreNormalization(Double.parseDouble(args.get("scale", "1")),
            outliers > 0 ? OptionalDouble.of(outliers) : OptionalDouble.empty());
        VolumeIO.write(z.apply(image, mask, args.require("image")), Path.of(args.require("out")));
    }

    private static void ring(Args args) throws Exception {
        Volume tumour = VolumeIO.read(Path.of(args.require("mask")));
        Volume tissue = args.has("tissue") ? VolumeIO.read(Path.of(args.get("tissue", null))) : null;
        List<Volume> exclusions = new ArrayList<>();
        for (String e : args.all("exclude")) {
            exclusions.add(VolumeIO.read(Path.of(e)));
        }
        double margin = Double.parseDouble(args.require("margin-mm"));
        PeritumoralRing.Result r = PeritumoralRing.compute(tumour, margin, tissue, exclusions, args.require("mask"));
        VolumeIO.write(r.ring(), Path.of(args.require("out")));
        System.out.printf("ring voxels: %d%nring volume_mm3: %.3f%n", r.voxelCount(), r.volumeMm3());
    }

    private static void demoCohort(Args args) throws Exception {
        Path out = Path.of(args.require("out"));
        long t0 = System.nanoTime();
        var cohort = SyntheticCohort.generate(out, args.intValue("patients", SyntheticCohort.DEFAULT_PATIENTS),
            Long.parseLong(args.get("seed", "42")), args.has("overwrite"));
        System.err.printf("wrote %d patients and %s in %.1f s%n", cohort.size(), out.resolve("manifest.csv"),
            (System.nanoTime() - t0) / 1e9);
    }

    private static double[] numbers(String text, int expected, String option) throws Main.UsageException {
        String[] parts = text.split(",");
        if (expected > 0 && parts.length != expected) {
            throw new Main.UsageException(option + " needs " + expected + " comma-separated numbers");
        }
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new Main.UsageException(option + ": '" + parts[i] + "' is not a number");
            }
        }
        return out;
    }
}
