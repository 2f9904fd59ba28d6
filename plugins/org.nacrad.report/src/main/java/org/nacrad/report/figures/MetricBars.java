package org.nacrad.report.figures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.nacrad.learn.metrics.MeanSd;
import org.nacrad.report.tables.Evaluation;

/**
 * Grouped bar chart of one criterion (the study's Figures 2–3): one group per metric, one bar per model (colour,
 * legend), bar height the mean over the partitions and the error bar ± one sample SD.
 */
public final class MetricBars {

    static final int WIDTH = 1200;
    static final int HEIGHT = 640;
    private static final int LEFT = 90;
    private static final int RIGHT = 250;
    private static final int TOP = 80;
    private static final int BOTTOM = 80;
    private static final List<String> METRIC_LABELS = List.of("Balanced accuracy", "Sensitivity", "Specificity",
        "Precision", "F1", "AUC");

    private MetricBars() {
    }

    public static void write(Evaluation e, String criterion, String title, Path png) throws IOException {
        BufferedImage img = Drawing.canvas(WIDTH, HEIGHT);
        Graphics2D g = Drawing.graphics(img);
        List<String> models = e.models(criterion);
        List<String> metrics = Evaluation.metricNames();
        double top = 1;
        for (String model : models) {
            for (String metric : metrics) {
                MeanSd s = e.summary(criterion, model, metric);
                top = Math.max(top, s.mean() + s.sd());
            }
        }
        int plotRight = WIDTH - RIGHT;
        Drawing.YAxis axis = new Drawing.YAxis(Drawing.ticks(0, top, 5), TOP, HEIGHT - BOTTOM);
        axis.draw(g, LEFT, plotRight);

        double groupWidth = (double) (plotRight - LEFT) / metrics.size();
        double barWidth = groupWidth * 0.8 / models.size();
        for (int k = 0; k < metrics.size(); k++) {
            double x0 = LEFT + k * groupWidth + groupWidth * 0.1;
            for (int m = 0; m < models.size(); m++) {
                MeanSd s = e.summary(criterion, models.get(m), metrics.get(k));
                double x = x0 + m * barWidth;
                double y = axis.y(s.mean());
                g.setColor(Drawing.colour(m));
                g.fill(new Rectangle2D.Double(x + 1, y, barWidth - 2, axis.y(0) - y));
                errorBar(g, axis, x + barWidth / 2, s, barWidth * 0.25);
            }
            g.setColor(Color.BLACK);
            g.setFont(Drawing.LABEL);
            Drawing.centred(g, METRIC_LABELS.get(k), LEFT + (k + 0.5) * groupWidth, HEIGHT - BOTTOM + 25);
        }

        g.setFont(Drawing.LABEL);
        Drawing.vertical(g, "Mean ± SD over " + e.partitionCount(criterion) + " partitions", 28,
            (TOP + HEIGHT - BOTTOM) / 2.0);
        g.setFont(Drawing.TITLE);
        Drawing.centred(g, title, (LEFT + plotRight) / 2.0, 40);
        legend(g, models, e.bestModel(criterion), plotRight + 25, TOP);
        g.dispose();
        Drawing.writePng(img, png);
    }

    private static void errorBar(Graphics2D g, Drawing.YAxis axis, double x, MeanSd s, double cap) {
        if (!(s.sd() > 0)) {
            return;
        }
        double lo = axis.y(Math.max(axis.lo(), s.mean() - s.sd()));
        double hi = axis.y(s.mean() + s.sd());
        g.setColor(Color.BLACK);
        g.draw(new Line2D.Double(x, lo, x, hi));
        g.draw(new Line2D.Double(x - cap, hi, x + cap, hi));
        g.draw(new Line2D.Double(x - cap, lo, x + cap, lo));
    }

    private static void legend(Graphics2D g, List<String> models, String best, int x, int y) {
        g.setFont(Drawing.LABEL);
        g.setColor(Color.BLACK);
        g.drawString("Model", x, y + 5);
        for (int m = 0; m < models.size(); m++) {
            int row = y + 25 + m * 28;
            g.setColor(Drawing.colour(m));
            g.fillRect(x, row, 18, 18);
            g.setColor(Color.BLACK);
            String name = models.get(m) + (models.get(m).equals(best) ? " (best)" : "");
            g.drawString(Drawing.fit(g, name, RIGHT - 60), x + 26, row + 15);
        }
    }
}
