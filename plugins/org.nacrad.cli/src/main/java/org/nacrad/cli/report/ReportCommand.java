package org.nacrad.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.nacrad.cli.Args;
import org.nacrad.cli.Main;
import org.nacrad.report.Report;
import org.nacrad.report.input.ReportInputException;
import org.nacrad.report.input.TableSource;

/**
 * {@code nacrad report --metrics M.csv --frequency F.csv --features X.csv --clinical C.csv --out DIR}: the results
 * report of a run (summary and selection-frequency tables, Table 1, model comparison, PNG figures, report.html,
 * provenance.json), written atomically into DIR.
 */
public final class ReportCommand implements Main.Command {

    private static final String REPORT_BUNDLE = "org.nacrad.report";

    @Override
    public String summary() {
        return "results report (tables, statistics, PNG figures, HTML) from a run's metric and feature CSVs";
    }

    @Override
    public int run(List<String> argList) throws Exception {
        Args args = new Args(argList, Set.of("help"), Set.of("metrics", "frequency", "features", "clinical", "out",
            "provenance", "top", "categorical", "help"));
        if (args.has("help")) {
            System.out.println("usage: nacrad report --metrics M.csv --frequency F.csv --features X.csv "
                + "--clinical C.csv --out DIR [--provenance P.json] [--top N] [--categorical a,b,...]\n"
                + "  --metrics, --frequency: repeatable; FILE with criterion and model columns, or "
                + "CRITERION/MODEL=FILE for a table of one criterion and model (e.g. a Repeated Split Scorer output)\n"
                + "  --top: box plots of the best model's N most selected features (default 4)\n"
                + "  --categorical: clinical columns compared as categories even if numeric (default "
                + String.join(",", Report.Options.DEFAULT_CATEGORICAL.stream().sorted().toList()) + ")\n"
                + "  --provenance: the run's provenance record (default DIR/provenance.json if present)");
            return 0;
        }
        // figures are drawn off-screen; never look for a display
        System.setProperty("java.awt.headless", "true");
        Report.Inputs in = new Report.Inputs(sources(args, "metrics"), sources(args, "frequency"),
            path(args, "features"), path(args, "clinical"),
            args.has("provenance") ? Path.of(args.get("provenance", null)).toAbsolutePath() : null);
        Set<String> categorical = args.has("categorical")
            ? Arrays.stream(args.get("categorical", "").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet())
            : Report.Options.DEFAULT_CATEGORICAL;
        int top = args.intValue("top", 4);
        if (top < 1) {
            throw new Main.UsageException("--top must be at least 1, not " + top);
        }
        Report.Options opt = Report.Options.of(top, categorical, version());
        Path out = path(args, "out");
        try {
            for (Path f : Report.write(in, opt, out)) {
                System.err.println("wrote " + f);
            }
        } catch (ReportInputException e) {
            throw new Main.UsageException(e.getMessage(), e);
        }
        return 0;
    }

    /** Every {@code --option FILE} or {@code --option CRITERION/MODEL=FILE}, at least one. */
    private static List<TableSource> sources(Args args, String option) throws Main.UsageException {
        args.require(option);
        return args.all(option).stream().map(TableSource::parse)
            .map(s -> new TableSource(s.file().toAbsolutePath(), s.criterion(), s.model())).toList();
    }

    private static Path path(Args args, String option) throws Main.UsageException {
        return Path.of(args.require(option)).toAbsolutePath();
    }

    /** The report bundle's release (major.minor.micro) from its manifest, for the provenance record. */
    static String version() throws IOException {
        for (URL url : Collections.list(ReportCommand.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
            try (InputStream in = url.openStream()) {
                Attributes a = new Manifest(in).getMainAttributes();
                String bsn = a.getValue("Bundle-SymbolicName");
                String v = a.getValue("Bundle-Version");
                if (bsn != null && v != null && bsn.split(";")[0].trim().equals(REPORT_BUNDLE)) {
                    String[] parts = v.split("\\.");
                    return parts.length > 3 ? String.join(".", Arrays.asList(parts).subList(0, 3)) : v;
                }
            }
        }
        return "unknown (" + REPORT_BUNDLE + " manifest not on the class path)";
    }
}
