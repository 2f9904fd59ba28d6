package org.nacrad.knime.util;

import org.knime.core.node.InvalidSettingsException;

/** Parses comma-separated number lists in settings ("1,1,1", "50,50,50,50"), naming the setting on error. */
public final class Doubles {

    private Doubles() {
    }

    public static double[] parse(String text, int expected, String what) throws InvalidSettingsException {
        String[] parts = text.split(",");
        if (expected > 0 && parts.length != expected) {
            throw new InvalidSettingsException(what + " needs " + expected + " comma-separated numbers, got '" + text
                + "'.");
        }
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidSettingsException(what + ": '" + parts[i].trim() + "' is not a number.");
            }
        }
        return out;
    }

    public static int[] parseInts(String text, int expected, String what) throws InvalidSettingsException {
        double[] d = parse(text, expected, what);
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            if (d[i] != Math.rint(d[i])) {
                throw new InvalidSettingsException(what + ": '" + d[i] + "' is not a whole number.");
            }
            out[i] = (int) d[i];
        }
        return out;
    }
}
