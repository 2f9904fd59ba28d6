package org.nacrad.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nacrad.learn.metrics.MeanSd;
import org.nacrad.report.input.SelectionCount;
import org.nacrad.report.provenance.Json;
import org.nacrad.report.tables.Evaluation;
import org.nacrad.report.tables.ModelComparison;
import org.nacrad.report.tables.Table1;

/**
 * {@code report.html}: one self-contained page (inline CSS, no scripts, figures by relative link) with, per
 * criterion, the metric summary, model comparison, Table 1 and figures, then the run's provenance.
 */
public final class HtmlReport {

    private static final String CSS = """
        body{font-family:sans-serif;max-width:1250px;margin:2em auto;padding:0 1em;color:#222}
        h1{font-size:1.6em}h2{border-bottom:2px solid #0072B2;padding-bottom:.2em;margin-top:2em}
        table{border-collapse:collapse;margin:.8em 0 1.5em}th,td{border:1px solid #ccc;padding:.3em .6em}
        th{background:#f0f4f8;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
        tr.best td{font-weight:bold}img{max-width:100%;border:1px solid #ddd;margin:.5em 0}
        pre{background:#f6f6f6;padding:.8em;overflow:auto;font-size:.85em}.note{color:#555;font-size:.9em}
        """;

    private HtmlReport() {
    }

    /** {@code provenance} is the parsed provenance.json, or null when the run has none. */
    public static void write(List<Section> sections, Map<String, Object> provenance, Path file) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>NACRad report</title>\n")
            .append("<style>").append(CSS).append("</style></head><body>\n<h1>NACRad results report</h1>\n")
            .append("<p class=\"note\">Held-out metrics of each model (feature set combined with the clinical ")
            .append("variables) over repeated stratified splits; mean ± sample SD. Tables as CSV: ")
            .append("<a href=\"summary.csv\">summary.csv</a>, <a href=\"selection_frequency.csv\">")
            .append("selection_frequency.csv</a>, <a href=\"table1.csv\">table1.csv</a>, ")
            .append("<a href=\"model_comparison.csv\">model_comparison.csv</a>.</p>\n");
        for (Section s : sections) {
            section(h, s);
        }
        provenance(h, provenance);
        h.append("</body></html>\n");
        Files.writeString(file, h.toString(), StandardCharsets.UTF_8);
    }

    private static void section(StringBuilder h, Section s) {
        h.append("<h2>").append(esc(s.title())).append("</h2>\n<p>").append(esc(s.groups().get(0))).append(": ")
            .append(s.groupSizes()[0]).append(" patients, ").append(esc(s.groups().get(1))).append(": ")
            .append(s.groupSizes()[1]).append(" patients; ").append(s.partitions()).append(" partitions. Best model ")
            .append("(highest mean balanced accuracy): <b>").append(esc(s.bestModel())).append("</b>.</p>\n");

        h.append("<h3>Metrics (mean ± SD)</h3>\n<table><tr><th>model</th>");
        Evaluation.metricNames().forEach(m -> h.append("<th>").append(esc(m)).append("</th>"));
        h.append("</tr>\n");
        for (int i = 0; i < s.models().size(); i++) {
            String model = s.models().get(i);
            h.append(model.equals(s.bestModel()) ? "<tr class=\"best\">" : "<tr>").append("<td>").append(esc(model))
                .append("</td>");
            for (MeanSd v : s.summary().get(i)) {
                h.append(num(fmt(v.mean()) + " ± " + fmt(v.sd())));
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n").append(img(s.metricsFigure(), "Metric bars with SD, " + s.title()));

        h.append("<h3>Best model vs the others (paired two-tailed t-test over partitions)</h3>\n<table><tr>")
            .append("<th>model</th><th>metric</th><th>mean (best)</th><th>mean (model)</th><th>difference</th>")
            .append("<th>t</th><th>p</th></tr>\n");
        for (ModelComparison.Row r : s.comparison()) {
            h.append("<tr><td>").append(esc(r.model())).append("</td><td>").append(esc(r.metric())).append("</td>")
                .append(num(fmt(r.meanBest()))).append(num(fmt(r.meanModel())))
                .append(num(fmt(r.meanBest() - r.meanModel()))).append(num(fmt(r.test().statistic())))
                .append(num(p(r.test().pValue()))).append("</tr>\n");
        }
        h.append("</table>\n");

        table1(h, s);

        h.append("<h3>Most frequently selected features of the best model</h3>\n<p>");
        for (SelectionCount c : s.topFeatures()) {
            h.append(esc(c.feature())).append(" (").append(c.count()).append('/').append(s.partitions())
                .append(")").append(c == s.topFeatures().get(s.topFeatures().size() - 1) ? "" : ", ");
        }
        h.append("</p>\n");
        if (s.featuresFigure() != null) {
            h.append(img(s.featuresFigure(), "Box plots of selected features, " + s.title()));
        } else {
            h.append("<p class=\"note\">The selection-frequency tables count no feature for this model, so there ")
                .append("is nothing to plot.</p>\n");
        }
    }

    private static void table1(StringBuilder h, Section s) {
        h.append("<h3>Table 1: clinical variables by group</h3>\n<p class=\"note\">Numeric: mean ± SD, ")
            .append("Student's t-test if Shapiro–Wilk accepts normality in both groups (α = 0.05), otherwise ")
            .append("Mann–Whitney U. ")
            .append("Categorical: n (%), Fisher's exact test (2 levels) or Freeman–Halton (more). Missing values ")
            .append("are left out per variable. Statistic: t, U (first group), the odds ratio (Fisher) or the ")
            .append("probability of the observed table (Freeman–Halton).</p>\n")
            .append("<table><tr><th>variable</th><th>level</th><th>")
            .append(esc(s.groups().get(0))).append(" (n = ").append(s.groupSizes()[0]).append(")</th><th>")
            .append(esc(s.groups().get(1))).append(" (n = ").append(s.groupSizes()[1]).append(")</th>")
            .append("<th>test</th><th>statistic</th><th>p</th></tr>\n");
        List<Table1.Row> rows = s.table1();
        for (int i = 0; i < rows.size(); i++) {
            Table1.Row r = rows.get(i);
            boolean first = i == 0 || !rows.get(i - 1).variable().equals(r.variable());
            int span = (int) rows.stream().filter(x -> x.variable().equals(r.variable())).count();
            h.append("<tr>");
            if (first) {
                h.append("<td rowspan=\"").append(span).append("\">").append(esc(r.variable())).append("</td>");
            }
            if (r.level() == null) {
                h.append("<td></td>").append(num(fmt(r.mean0()) + " ± " + fmt(r.sd0()) + nNote(r.n0(), s, 0)))
                    .append(num(fmt(r.mean1()) + " ± " + fmt(r.sd1()) + nNote(r.n1(), s, 1)));
            } else {
                h.append("<td>").append(esc(r.level())).append("</td>").append(num(count(r.count0(), r.n0())))
                    .append(num(count(r.count1(), r.n1())));
            }
            if (first) {
                String rs = "<td class=\"num\" rowspan=\"" + span + "\">";
                h.append("<td rowspan=\"").append(span).append("\">").append(esc(r.test().test())).append("</td>")
                    .append(rs).append(fmt(r.test().statistic())).append("</td>").append(rs)
                    .append(p(r.test().pValue())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** Shows n only when missing values made it smaller than the group. */
    private static String nNote(int n, Section s, int group) {
        return n == s.groupSizes()[group] ? "" : " (n = " + n + ")";
    }

    private static void provenance(StringBuilder h, Map<String, Object> p) {
        h.append("<h2>Provenance</h2>\n");
        if (p == null) {
            h.append("<p class=\"note\">No provenance.json was found for this run.</p>\n");
            return;
        }
        h.append("<p>From <a href=\"provenance.json\">provenance.json</a>. NACRad ")
            .append(esc(String.valueOf(p.get("nacrad_version"))));
        if (p.get("java") instanceof Map<?, ?> java) {
            h.append(", Java ").append(esc(String.valueOf(java.get("version"))));
        }
        h.append(".</p>\n");
        keyValues(h, "Libraries", p.get("libraries"), "library", "version");
        keyValues(h, "Seeds", p.get("seeds"), "name", "seed");
        if (p.get("inputs") instanceof List<?> inputs && !inputs.isEmpty()) {
            h.append("<h3>Input files</h3>\n<table><tr><th>path</th><th>bytes</th><th>SHA-256</th></tr>\n");
            for (Object o : inputs) {
                if (o instanceof Map<?, ?> f) {
                    h.append("<tr><td>").append(esc(String.valueOf(f.get("path")))).append("</td>")
                        .append(num(String.valueOf(f.get("bytes")))).append("<td><code>")
                        .append(esc(String.valueOf(f.get("sha256")))).append("</code></td></tr>\n");
                }
            }
            h.append("</table>\n");
        }
        if (p.get("workflows") instanceof Map<?, ?> w && !w.isEmpty()) {
            h.append("<h3>Node settings per workflow</h3>\n<pre>").append(esc(Json.write(w))).append("</pre>\n");
        }
    }

    private static void keyValues(StringBuilder h, String title, Object value, String key, String val) {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            h.append("<h3>").append(title).append("</h3>\n<table><tr><th>").append(key).append("</th><th>")
                .append(val).append("</th></tr>\n");
            m.forEach((k, v) -> h.append("<tr><td>").append(esc(String.valueOf(k))).append("</td><td>")
                .append(esc(String.valueOf(v))).append("</td></tr>\n"));
            h.append("</table>\n");
        }
    }

    private static String img(String file, String alt) {
        return "<p><img src=\"" + esc(file) + "\" alt=\"" + esc(alt) + "\"></p>\n";
    }

    private static String num(String s) {
        return "<td class=\"num\">" + esc(s) + "</td>";
    }

    private static String count(int c, int n) {
        return String.format(Locale.ROOT, "%d (%.1f %%)", c, 100.0 * c / n);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String p(double v) {
        return Double.isNaN(v) ? "n/a" : v < 0.001 ? String.format(Locale.ROOT, "%.1e", v)
            : String.format(Locale.ROOT, "%.3f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
