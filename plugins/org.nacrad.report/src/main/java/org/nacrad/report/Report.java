package org.nacrad.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.nacrad.learn.metrics.MeanSd;
import org.nacrad.learn.stats.GroupComparison;
import org.nacrad.learn.stats.TestResult;
import org.nacrad.report.figures.FeatureBoxPlots;
import org.nacrad.report.figures.MetricBars;
import org.nacrad.report.html.HtmlReport;
import org.nacrad.report.html.Section;
import org.nacrad.report.input.InputReader;
import org.nacrad.report.input.PartitionMetrics;
import org.nacrad.report.input.PatientTable;
import org.nacrad.report.input.ReportInputException;
import org.nacrad.report.input.SelectionCount;
import org.nacrad.report.input.TableSource;
import org.nacrad.report.provenance.Json;
import org.nacrad.report.provenance.Provenance;
import org.nacrad.report.tables.Evaluation;
import org.nacrad.report.tables.ModelComparison;
import org.nacrad.report.tables.ReportCsv;
import org.nacrad.report.tables.SummaryTables;
import org.nacrad.report.tables.Table1;

/**
 * Builds the results report of a run from its CSV tables: summary.csv, selection_frequency.csv, table1.csv,
 * model_comparison.csv, one metric-bar and one feature-box-plot PNG per criterion, report.html and provenance.json.
 * Everything is written into a temporary folder first and moved into place only once complete, report.html last.
 */
public final class Report {

    public static final String SUMMARY = "summary.csv";
    public static final String FREQUENCY = "selection_frequency.csv";
    public static final String TABLE1 = "table1.csv";
    public static final String COMPARISON = "model_comparison.csv";
    public static final String HTML = "report.html";
    /** The producer of the provenance record the report writes when the run has none. */
    public static final String PRODUCER = "nacrad report";

    /**
     * The input files: one or more metrics and frequency tables (their rows are combined), the per-patient feature
     * and clinical tables; {@code provenance} may be null (then {@code out/provenance.json} is used if present).
     */
    public record Inputs(List<TableSource> metrics, List<TableSource> frequency, Path features, Path clinical,
        Path provenance) {

        public Inputs {
            if (metrics.isEmpty()) {
                throw new IllegalArgumentException("at least one metrics table is needed");
            }
            metrics = List.copyOf(metrics);
            frequency = List.copyOf(frequency);
        }

        /** One metrics and one frequency file with criterion and model columns. */
        public static Inputs of(Path metrics, Path frequency, Path features, Path clinical, Path provenance) {
            return new Inputs(List.of(TableSource.of(metrics)), List.of(TableSource.of(frequency)), features,
                clinical, provenance);
        }

        List<Path> tables() {
            List<Path> all = new ArrayList<>();
            metrics.forEach(s -> all.add(s.file()));
            frequency.forEach(s -> all.add(s.file()));
            all.add(features);
            all.add(clinical);
            return all;
        }
    }

    /**
     * @param topFeatures how many of the best model's most selected features get a box plot
     * @param categorical clinical columns treated as categorical even when coded as numbers
     * @param nacradVersion recorded in the provenance this command writes when the run has none
     */
    public record Options(int topFeatures, Set<String> categorical, GroupComparison comparison,
        String nacradVersion) {

        public static final Set<String> DEFAULT_CATEGORICAL = Set.of("er", "pr", "her2", "grade", "nodal_status");

        public Options {
            if (topFeatures < 1) {
                throw new IllegalArgumentException("the number of features to plot must be at least 1");
            }
            categorical = Set.copyOf(categorical);
        }

        public static Options defaults(String nacradVersion) {
            return of(4, DEFAULT_CATEGORICAL, nacradVersion);
        }

        /** The study's tests (Shapiro–Wilk α = 0.05, Student t) with the given plot count and categorical columns. */
        public static Options of(int topFeatures, Set<String> categorical, String nacradVersion) {
            return new Options(topFeatures, categorical, new GroupComparison(), nacradVersion);
        }
    }

    private Report() {
    }

    /** Reads and validates every input, then writes the whole report into {@code out}; returns the written files. */
    public static List<Path> write(Inputs in, Options opt, Path out) throws ReportInputException, IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ReportInputException(out + ": the output exists and is not a folder");
        }
        List<PartitionMetrics> rows = new ArrayList<>();
        for (TableSource src : in.metrics()) {
            rows.addAll(InputReader.metrics(src));
        }
        Evaluation e = new Evaluation(rows, names(in.metrics()));
        List<SelectionCount> counts = new ArrayList<>();
        for (TableSource src : in.frequency()) {
            List<SelectionCount> c = InputReader.frequency(src);
            SummaryTables.check(c, e, src.file());
            counts.addAll(c);
        }
        List<SelectionCount> frequency = SummaryTables.sorted(counts, e, names(in.frequency()));
        List<String> criteria = e.criteria();
        PatientTable features = InputReader.patients(in.features(), criteria, Set.of());
        PatientTable clinical = InputReader.patients(in.clinical(), criteria, opt.categorical());
        checkSameOutcomes(features, clinical, criteria);
        Path provenanceIn = in.provenance() != null ? in.provenance() : out.resolve(Provenance.FILE_NAME);
        Map<String, Object> provenance = Files.isRegularFile(provenanceIn) ? readProvenance(provenanceIn) : null;
        if (provenance != null && PRODUCER.equals(provenance.get("producer"))) {
            provenance = null; // an earlier report's own record describes earlier inputs: write a fresh one
        }

        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // not Files.createTempDirectory: its owner-only permissions would stick to a new output folder
        Path staging = Files.createDirectory((Files.isDirectory(out) ? out : parent)
            .resolve(".report-" + UUID.randomUUID()));
        try {
            List<ModelComparison.Row> comparison = ModelComparison.of(e);
            List<Section> sections = new ArrayList<>();
            Set<String> stems = new HashSet<>();
            for (String c : criteria) {
                String stem = c.replaceAll("[^A-Za-z0-9_-]", "_");
                if (!stems.add(stem)) {
                    throw new ReportInputException(names(in.metrics()) + ": criteria names '" + c
                        + "' and another one map to the same file name '" + stem + "'");
                }
                sections.add(section(e, c, stem, frequency, features, clinical, comparison, opt, staging));
            }
            ReportCsv.write(staging.resolve(SUMMARY), SummaryTables.SUMMARY_COLUMNS, SummaryTables.summary(e));
            ReportCsv.write(staging.resolve(FREQUENCY), SummaryTables.FREQUENCY_COLUMNS,
                SummaryTables.frequencyRows(frequency));
            ReportCsv.write(staging.resolve(TABLE1), Table1.COLUMNS,
                sections.stream().flatMap(s -> s.table1().stream()).map(Table1.Row::values).toList());
            ReportCsv.write(staging.resolve(COMPARISON), ModelComparison.COLUMNS,
                sections.stream().flatMap(s -> s.comparison().stream()).map(ModelComparison.Row::values).toList());
            if (provenance == null) {
                Provenance own = new Provenance(PRODUCER, opt.nacradVersion(), Map.of(), Map.of(), Map.of(),
                    in.tables());
                own.write(staging.resolve(Provenance.FILE_NAME));
                provenance = readProvenance(staging.resolve(Provenance.FILE_NAME));
            } else if (!provenanceIn.toAbsolutePath().normalize()
                .equals(out.resolve(Provenance.FILE_NAME).toAbsolutePath().normalize())) {
                Files.copy(provenanceIn, staging.resolve(Provenance.FILE_NAME));
            }
            HtmlReport.write(sections, provenance, staging.resolve(HTML));
            return publish(staging, out);
        } finally {
            deleteTree(staging);
        }
    }

    private static Section section(Evaluation e, String c, String stem, List<SelectionCount> frequency,
        PatientTable features, PatientTable clinical, List<ModelComparison.Row> comparison, Options opt, Path dir)
        throws ReportInputException, IOException {
        String best = e.bestModel(c);
        List<String> groups = Labels.groups(c);
        List<List<MeanSd>> summary = new ArrayList<>();
        for (String model : e.models(c)) {
            summary.add(Evaluation.metricNames().stream().map(m -> e.summary(c, model, m)).toList());
        }
        String metricsPng = "figure-metrics-" + stem + ".png";
        MetricBars.write(e, c, Labels.title(c), dir.resolve(metricsPng));

        List<SelectionCount> top = SummaryTables.top(frequency, c, best, opt.topFeatures());
        List<FeatureBoxPlots.Panel> panels = new ArrayList<>();
        for (SelectionCount s : top) {
            PatientTable source = numericSource(s, features, clinical);
            double[][] g = source.numericByGroup(s.feature(), c);
            if (g[0].length == 0 || g[1].length == 0) {
                throw new ReportInputException(source.source() + ": column '" + s.feature() + "' has no values in "
                    + "one of the groups of criterion '" + c + "'");
            }
            panels.add(new FeatureBoxPlots.Panel(s.feature(), s.count(), e.partitionCount(c), g[0], g[1],
                groupTest(s.feature(), g, opt)));
        }
        String featuresPng = null;
        if (!panels.isEmpty()) {
            featuresPng = "figure-features-" + stem + ".png";
            FeatureBoxPlots.write(panels, Labels.title(c), "Most often selected features of " + best, groups,
                dir.resolve(featuresPng));
        }
        int[] y = clinical.outcome(c);
        int ones = (int) Arrays.stream(y).filter(v -> v == 1).count();
        return new Section(c, Labels.title(c), groups, new int[] {y.length - ones, ones}, e.models(c), best,
            e.partitionCount(c), summary, comparison.stream().filter(r -> r.criterion().equals(c)).toList(),
            Table1.of(clinical, c, opt.comparison()), top, metricsPng, featuresPng);
    }

    /** A categorical clinical column (coded er, grade, ...) is compared as categories, as in Table 1. */
    private static TestResult groupTest(String feature, double[][] g, Options opt) {
        if (!opt.categorical().contains(feature)) {
            return opt.comparison().continuous(g[0], g[1]);
        }
        return opt.comparison().categorical(asLevels(g[0]), asLevels(g[1]));
    }

    private static List<String> asLevels(double[] codes) {
        return Arrays.stream(codes).mapToObj(Double::toString).toList();
    }

    /** A patient in both tables must have the same outcomes in both, or the figures and Table 1 would disagree. */
    private static void checkSameOutcomes(PatientTable features, PatientTable clinical, List<String> criteria)
        throws ReportInputException {
        Map<String, Integer> row = new java.util.HashMap<>();
        for (int i = 0; i < clinical.patientIds().size(); i++) {
            row.put(clinical.patientIds().get(i), i);
        }
        for (String c : criteria) {
            int[] yf = features.outcome(c), yc = clinical.outcome(c);
            for (int i = 0; i < yf.length; i++) {
                Integer j = row.get(features.patientIds().get(i));
                if (j != null && yf[i] != yc[j]) {
                    throw new ReportInputException("patient '" + features.patientIds().get(i) + "': column '" + c
                        + "' is " + yf[i] + " in " + features.source() + " but " + yc[j] + " in " + clinical.source());
                }
            }
        }
    }

    private static String names(List<TableSource> sources) {
        return String.join(", ", sources.stream().map(s -> s.file().toString()).toList());
    }

    /** Selected features are looked up in the feature table, then (clinical variables) in the clinical table. */
    private static PatientTable numericSource(SelectionCount s, PatientTable features, PatientTable clinical)
        throws ReportInputException {
        for (PatientTable t : List.of(features, clinical)) {
            PatientTable.Column col = t.columns().get(s.feature());
            if (col != null && col.isNumeric()) {
                return t;
            }
        }
        throw new ReportInputException("feature '" + s.feature() + "' (selected " + s.count() + " times for "
            + s.criterion() + "/" + s.model() + ") is not a numeric column of " + features.source() + " or "
            + clinical.source());
    }

    private static Map<String, Object> readProvenance(Path file) throws ReportInputException, IOException {
        try {
            if (Json.parse(Files.readString(file, StandardCharsets.UTF_8)) instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) m;
                return map;
            }
            throw new ReportInputException(file + ": provenance must be a JSON object");
        } catch (IllegalArgumentException ex) {
            throw new ReportInputException(file + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Moves the staged files into {@code out}: the whole folder in one rename when {@code out} does not exist yet,
     * else file by file with report.html last, so a report page never links to a figure that is not there yet.
     */
    private static List<Path> publish(Path staging, Path out) throws IOException {
        List<Path> files;
        try (var list = Files.list(staging)) {
            files = list.sorted(Comparator.comparing((Path p) -> p.getFileName().toString().equals(HTML))
                .thenComparing(p -> p.getFileName().toString())).toList();
        }
        List<Path> written = files.stream().map(f -> out.resolve(f.getFileName())).toList();
        if (!Files.exists(out)) {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            return written;
        }
        for (Path f : files) {
            Files.move(f, out.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        }
        return written;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
