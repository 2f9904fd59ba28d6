package org.nacrad.report.figures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.nacrad.learn.stats.TestResult;

/**
 * Box plots of frequently selected features by outcome group (the study's Figures 4–5): one panel per feature with
 * a box per group, the selection count and the group-comparison p-value in the panel title.
 */
public final class FeatureBoxPlots {

    static final int PANEL_WIDTH = 420;
    static final int PANEL_HEIGHT = 380;
    private static final int HEADER = 84;
    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 62;
    private static final int BOTTOM = 50;

    /** One panel: the feature, how often it was selected, its values per group and the test between the groups. */
    public record Panel(String feature, int count, int partitions, double[] group0, double[] group1,
        TestResult test) {
    }

    private FeatureBoxPlots() {
    }

    /**
     * Panels in a grid (up to three per row, or a square-ish grid for more), all groups labelled by {@code groups};
     * the subtitle goes on its own line so that narrow grids (one or two panels) keep both readable.
     */
    public static void write(List<Panel> panels, String title, String subtitle, List<String> groups, Path png)
        throws IOException {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("no features to plot");
        }
        int n = panels.size();
        int cols = n <= 3 ? n : (int) Math.ceil(Math.sqrt(n));
        int rows = (n + cols - 1) / cols;
        BufferedImage img = Drawing.canvas(cols * PANEL_WIDTH, HEADER + rows * PANEL_HEIGHT);
        Graphics2D g = Drawing.graphics(img);
        g.setFont(Drawing.TITLE);
        Drawing.centred(g, Drawing.fit(g, title, img.getWidth() - 20), img.getWidth() / 2.0, 34);
        g.setFont(Drawing.LABEL);
        Drawing.centred(g, Drawing.fit(g, subtitle, img.getWidth() - 20), img.getWidth() / 2.0, 60);
        for (int i = 0; i < n; i++) {
            panel(g, panels.get(i), groups, (i % cols) * PANEL_WIDTH, HEADER + (i / cols) * PANEL_HEIGHT);
        }
        g.dispose();
        Drawing.writePng(img, png);
    }

    private static void panel(Graphics2D g, Panel p, List<String> groups, int x0, int y0) {
        int left = x0 + LEFT, right = x0 + PANEL_WIDTH - RIGHT, top = y0 + TOP, bottom = y0 + PANEL_HEIGHT - BOTTOM;
        double[][] data = {p.group0(), p.group1()};
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] d : data) {
            for (double v : d) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        Drawing.YAxis axis = new Drawing.YAxis(Drawing.ticks(lo, hi, 5), top, bottom);
        axis.draw(g, left, right);
        g.setFont(Drawing.SMALL);
        Drawing.vertical(g, "feature value", x0 + 16, (top + bottom) / 2.0);

        g.setColor(Color.BLACK);
        g.setFont(Drawing.LABEL);
        Drawing.centred(g, Drawing.fit(g, p.feature(), PANEL_WIDTH - 20), x0 + PANEL_WIDTH / 2.0, y0 + 22);
        g.setFont(Drawing.SMALL);
        Drawing.centred(g, String.format(Locale.ROOT, "selected %d/%d · %s, %s", p.count(), p.partitions(),
            p.test().test(), formatP(p.test().pValue())), x0 + PANEL_WIDTH / 2.0, y0 + 42);

        double slot = (right - left) / 2.0;
        for (int k = 0; k < 2; k++) {
            double cx = left + (k + 0.5) * slot;
            box(g, axis, BoxStats.of(data[k]), cx, slot * 0.45, Drawing.colour(k));
            g.setColor(Color.BLACK);
            g.setFont(Drawing.LABEL);
            Drawing.centred(g, groups.get(k) + " (n=" + data[k].length + ")", cx, bottom + 25);
        }
    }

    private static void box(Graphics2D g, Drawing.YAxis axis, BoxStats s, double cx, double width, Color colour) {
        double half = width / 2;
        double yq1 = axis.y(s.q1()), yq3 = axis.y(s.q3());
        Rectangle2D box = new Rectangle2D.Double(cx - half, yq3, width, Math.max(1, yq1 - yq3));
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
        g.fill(box);
        g.setColor(Color.BLACK);
        g.draw(box);
        g.setStroke(new java.awt.BasicStroke(2.5f));
        g.draw(new Line2D.Double(cx - half, axis.y(s.median()), cx + half, axis.y(s.median())));
        g.setStroke(new java.awt.BasicStroke(1.2f));
        whisker(g, cx, yq1, axis.y(s.lowWhisker()), half / 2);
        whisker(g, cx, yq3, axis.y(s.highWhisker()), half / 2);
        Arrays.stream(s.outliers()).forEach(v -> g.draw(new Ellipse2D.Double(cx - 3.5, axis.y(v) - 3.5, 7, 7)));
    }

    private static void whisker(Graphics2D g, double cx, double from, double to, double cap) {
        g.draw(new Line2D.Double(cx, from, cx, to));
        g.draw(new Line2D.Double(cx - cap, to, cx + cap, to));
    }

    /** "p = 0.042", "p < 0.001" or "p n/a" (a test without a defined p-value). */
    static String formatP(double p) {
        if (Double.isNaN(p)) {
            return "p n/a";
        }
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }
}
