package org.nacrad.report.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/** Shared Java2D plumbing for the report figures: canvas, fonts, palette, nice axis ticks and PNG output. */
final class Drawing {

    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000)};
    static final Color GRID = new Color(0xDDDDDD);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private Drawing() {
    }

    static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** A white RGB canvas. */
    static BufferedImage canvas(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return img;
    }

    /** Anti-aliased graphics with integer font metrics, so the same input always draws the same pixels. */
    static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.2f));
        return g;
    }

    static void writePng(BufferedImage img, Path file) throws IOException {
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }

    /** Draws {@code s} centred horizontally on x with its baseline at y. */
    static void centred(Graphics2D g, String s, double x, double y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, (float) (x - fm.stringWidth(s) / 2.0), (float) y);
    }

    /** Draws {@code s} right-aligned at x, vertically centred on y. */
    static void rightAligned(Graphics2D g, String s, double x, double y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, (float) (x - fm.stringWidth(s)), (float) (y + fm.getAscent() / 2.0 - 1));
    }

    /** Draws {@code s} rotated by -90° (reading bottom to top), centred on (x, y). */
    static void vertical(Graphics2D g, String s, double x, double y) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        centred(g, s, 0, 0);
        g.setTransform(saved);
    }

    /** {@code s}, shortened with an ellipsis in the middle if it is wider than {@code width} pixels. */
    static String fit(Graphics2D g, String s, int width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        for (int keep = s.length() - 1; keep > 2; keep--) {
            String t = s.substring(0, (keep + 1) / 2) + "…" + s.substring(s.length() - keep / 2);
            if (fm.stringWidth(t) <= width) {
                return t;
            }
        }
        return "…";
    }

    /** Ticks at 1, 2 or 5 × 10^k spanning [lo, hi] with about {@code target} intervals. */
    static double[] ticks(double lo, double hi, int target) {
        if (!(hi > lo)) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double raw = (hi - lo) / target;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag * (raw / mag <= 1 ? 1 : raw / mag <= 2 ? 2 : raw / mag <= 5 ? 5 : 10);
        double first = Math.floor(lo / step + 1e-9) * step;
        double last = Math.ceil(hi / step - 1e-9) * step;
        List<Double> t = new ArrayList<>();
        for (int i = 0; first + i * step <= last + step * 1e-9; i++) {
            t.add(first + i * step);
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A tick label with just enough decimals for the tick spacing. */
    static String tickLabel(double v, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        if (Math.abs(v) < step * 1e-9) {
            v = 0;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A linear value axis drawn as horizontal grid lines with labels left of the plot. */
    record YAxis(double[] ticks, int top, int bottom) {

        double lo() {
            return ticks[0];
        }

        double hi() {
            return ticks[ticks.length - 1];
        }

        double y(double v) {
            return bottom - (v - lo()) / (hi() - lo()) * (bottom - top);
        }

        void draw(Graphics2D g, int left, int right) {
            double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
            g.setFont(SMALL);
            for (double t : ticks) {
                int y = (int) Math.round(y(t));
                g.setColor(GRID);
                g.drawLine(left, y, right, y);
                g.setColor(Color.BLACK);
                g.drawLine(left - 5, y, left, y);
                rightAligned(g, tickLabel(t, step), left - 8, y);
            }
            g.drawLine(left, top, left, bottom);
            g.drawLine(left, bottom, right, bottom);
        }
    }
}
