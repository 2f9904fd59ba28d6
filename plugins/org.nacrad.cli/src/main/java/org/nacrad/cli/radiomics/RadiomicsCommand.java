package org.nacrad.cli.radiomics;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nacrad.cli.Args;
import org.nacrad.cli.Main;
import org.nacrad.cohort.csv.CsvWriter;
import org.nacrad.image.io.VolumeIO;
import org.nacrad.radiomics.ParameterFile;
import org.nacrad.radiomics.RadiomicsExtractor;
import org.nacrad.radiomics.RadiomicsResult;
import org.nacrad.radiomics.RadiomicsSettings;

/**
 * {@code nacrad radiomics --image I --mask M [--params P.yaml] [--label N] [--mode pyradiomics|ibsi] --out F.csv}:
 * one image and mask, written as {@code name,value} rows like PyRadiomics' batch output (diagnostics first).
 */
public final class RadiomicsCommand implements Main.Command {

    @Override
    public String summary() {
        return "PyRadiomics-conformant features of one image and mask as name,value CSV";
    }

    @Override
    public int run(List<String> argList) throws Exception {
        Args args = new Args(argList, Set.of("help"), Set.of("image", "mask", "params", "label", "mode", "out",
            "help"));
        if (args.has("help")) {
            System.out.println("usage: nacrad radiomics --image I --mask M [--params P.yaml] [--label N] "
                + "[--mode pyradiomics|ibsi] --out F.csv");
            return 0;
        }
        try {
            ParameterFile p = args.has("params") ? ParameterFile.read(Path.of(args.get("params", null)))
                : new ParameterFile(RadiomicsSettings.defaults(), org.nacrad.radiomics.FeatureSelection.defaults());
            Map<String, Object> overrides = new java.util.LinkedHashMap<>();
            if (args.has("label")) {
                overrides.put("label", args.intValue("label", 1));
            }
            if (args.has("mode")) {
                overrides.put("mode", args.get("mode", null));
            }
            RadiomicsResult r = RadiomicsExtractor.extract(VolumeIO.read(Path.of(args.require("image"))),
                VolumeIO.read(Path.of(args.require("mask"))), p.settings().with(overrides), p.features());
            write(r, Path.of(args.require("out")));
            return 0;
        } catch (NoSuchFileException e) {
            throw new Main.UsageException("file not found: " + e.getFile(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage(), e);
        }
    }

    static void write(RadiomicsResult r, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".radiomics-", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                CsvWriter.writeRecord(w, List.of("name", "value"));
                for (var e : r.diagnostics().entrySet()) {
                    CsvWriter.writeRecord(w, List.of(e.getKey(), e.getValue()));
                }
                for (var e : r.features().entrySet()) {
                    CsvWriter.writeRecord(w, List.of(e.getKey(), CsvWriter.formatDouble(e.getValue())));
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
