package org.nacrad.cli.mainjob;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nacrad.cli.Args;
import org.nacrad.cli.Main;
import org.nacrad.cli.RunCommand;
import org.nacrad.cli.BuildInfo;
import org.nacrad.cli.workflow.Workflow;
import org.nacrad.image.synthetic.SyntheticCohort;
import org.nacrad.report.Report;
import org.nacrad.report.input.ReportInputException;
import org.nacrad.report.input.TableSource;
import org.nacrad.report.provenance.Provenance;

/**
 * {@code nacrad main-job [--out DIR] [--patients N] [--seed S] [--splits N] [--threads N] [--permute-labels
 * [--permutation-seed P]]}: the study end to end on the synthetic cohort — writes the cohort, runs the shipped study
 * workflow (both criteria × five feature sets) headlessly, and writes the results report (summary.csv,
 * selection_frequency.csv, Table 1, model comparison, figures, report.html) with a provenance record into one
 * folder.
 */
public final class MainJobCommand implements Main.Command {

    /** The shipped study workflow, relative to the NACRad home (bin/nacrad's parent folder). */
    static final String WORKFLOW = "workflows/nac-study.knwf";
    static final List<String> CLINICAL = List.of("patient_id", "pcr", "response", "age", "er", "pr", "her2", "grade",
        "tumour_size_mm", "nodal_status");

    @Override
    public String summary() {
        return "the study end to end on the synthetic cohort, with the results report";
    }

    @Override
    public int run(List<String> argList) throws Exception {
        Args args = new Args(argList, Set.of("help", "permute-labels"),
            Set.of("out", "patients", "seed", "splits", "threads", "workflow", "permute-labels", "permutation-seed",
                "help"));
        if (args.has("help")) {
            System.out.println("usage: nacrad main-job [--out DIR] [--patients N] [--seed S] [--splits N] [--threads N]"
                + " [--permute-labels [--permutation-seed P]] [--workflow WF.knwf]\n  --permutation-seed: seed of the"
                + " label shuffle (default: --seed); one permutation is one draw of the chance level");
            return 0;
        }
        Path out = Path.of(args.get("out", "nacrad-main-job")).toAbsolutePath();
        if (Files.isDirectory(out) && Files.list(out).findAny().isPresent()) {
            throw new Main.UsageException(out + " exists and is not empty; choose a new output folder");
        }
        int patients = args.intValue("patients", SyntheticCohort.DEFAULT_PATIENTS);
        int seed = args.intValue("seed", 42);
        int splits = args.intValue("splits", 10);
        long t0 = System.nanoTime();
        Integer permutation = args.has("permute-labels") ? args.intValue("permutation-seed", seed) : null;
        if (permutation == null && args.has("permutation-seed")) {
            throw new Main.UsageException("--permutation-seed needs --permute-labels");
        }
        Path manifest = cohort(out, patients, seed, permutation);
        Path workflow = Path.of(args.get("workflow", home().resolve(WORKFLOW).toString()));
        List<String> run = new ArrayList<>(List.of("run", workflow.toString(), "--out", out.resolve("run").toString(),
            "--threads", args.get("threads", Integer.toString(Runtime.getRuntime().availableProcessors())),
            "--var", "cohort_manifest=" + manifest, "--var", "seed=" + seed, "--var", "splits=" + splits));
        int code = Main.run(run.toArray(String[]::new), System.err);
        if (code != 0) {
            return code;
        }
        Map<String, Long> seeds = new LinkedHashMap<>();
        seeds.put("cohort_seed", (long) seed);
        seeds.put("split_seed", (long) seed);
        seeds.put("splits", (long) splits);
        if (permutation != null) {
            seeds.put("permutation_seed", (long) permutation);
        }
        report(out, manifest, workflow, seeds);
        System.err.printf("main job finished in %.1f min: %s%n", (System.nanoTime() - t0) / 6e10,
            out.resolve(Report.HTML));
        return 0;
    }

    /** NACRad's installation folder: bin/nacrad passes it; else the working directory. */
    static Path home() {
        return Path.of(System.getProperty("nacrad.home", ".")).toAbsolutePath().normalize();
    }

    /** Writes the synthetic cohort; with a permutation seed, also a manifest with shuffled outcomes, returned. */
    private static Path cohort(Path out, int patients, int seed, Integer permutationSeed)
        throws IOException, Main.UsageException {
        Path dir = out.resolve("cohort");
        System.err.println("generating the synthetic cohort: " + patients + " patients, seed " + seed);
        SyntheticCohort.generate(dir, patients, seed);
        Path manifest = dir.resolve("manifest.csv");
        if (permutationSeed != null) {
            Path permuted = dir.resolve("manifest-permuted-labels.csv");
            LabelPermutation.write(manifest, permuted, List.of("pcr", "response"), permutationSeed);
            System.err.println("outcome labels permuted (leakage check): " + permuted);
            return permuted;
        }
        return manifest;
    }

    private static void report(Path out, Path manifest, Path workflow, Map<String, Long> seeds)
        throws IOException, Main.UsageException {
        Path runDir = out.resolve("run");
        List<TableSource> metrics = new ArrayList<>();
        List<TableSource> frequency = new ArrayList<>();
        Workflow wf = RunCommand.load(workflow);
        for (ScorerOutputs s : ScorerOutputs.find(runDir, wf)) {
            metrics.add(new TableSource(s.metrics(), s.criterion(), s.model()));
            frequency.add(new TableSource(s.frequency(), s.criterion(), s.model()));
        }
        if (metrics.isEmpty()) {
            throw new Main.UsageException("the workflow wrote no scorer tables into " + runDir);
        }
        Path clinical = out.resolve("clinical.csv");
        ClinicalTable.write(manifest, clinical, CLINICAL);
        Path features = ScorerOutputs.featureTable(runDir, wf);
        provenance(out, manifest, workflow, seeds);
        try {
            Report.write(new Report.Inputs(metrics, frequency, features, clinical, out.resolve(Provenance.FILE_NAME)),
                Report.Options.defaults(BuildInfo.version()), out);
        } catch (ReportInputException e) {
            throw new Main.UsageException("report: " + e.getMessage(), e);
        }
    }

    private static void provenance(Path out, Path manifest, Path workflow, Map<String, Long> seeds)
        throws IOException, Main.UsageException {
        Workflow wf = RunCommand.load(workflow);
        Map<String, Object> nodes = new LinkedHashMap<>();
        for (Workflow.Node n : wf.nodes()) {
            nodes.put(n.name() + " (#" + n.id() + ")", SettingsJson.of(n.model()));
        }
        List<Path> inputs = new ArrayList<>(List.of(workflow, manifest));
        try (var files = Files.walk(manifest.getParent())) {
            files.filter(p -> p.toString().endsWith(".nii.gz")).sorted().forEach(inputs::add);
        }
        new Provenance("nacrad main-job", BuildInfo.version(), BuildInfo.libraries(),
            Map.of(wf.name(), nodes), seeds, inputs).write(out.resolve(Provenance.FILE_NAME));
    }
}
