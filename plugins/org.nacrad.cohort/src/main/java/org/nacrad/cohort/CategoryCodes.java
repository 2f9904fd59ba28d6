package org.nacrad.cohort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Integer codes for the levels of a categorical variable, in natural order: text compared case-insensitively
 * with embedded numbers by value, so N0 &lt; N1 &lt; N2 &lt; N10, grade 2 &lt; grade 10, negative &lt; positive. A
 * fitted coding keeps its levels, so new rows are coded the same way and an unseen level is reported.
 */
public final class CategoryCodes {

    /** Natural ordering of level names. */
    public static final Comparator<String> NATURAL = CategoryCodes::compareNatural;

    private final List<String> levels;

    private CategoryCodes(List<String> levels) {
        this.levels = List.copyOf(levels);
    }

    /** The sorted distinct non-null values. */
    public static CategoryCodes fit(Collection<String> values) {
        TreeSet<String> set = new TreeSet<>(NATURAL);
        values.stream().filter(Objects::nonNull).forEach(set::add);
        return new CategoryCodes(new ArrayList<>(set));
    }

    public static CategoryCodes of(List<String> levels) {
        return new CategoryCodes(levels);
    }

    public List<String> levels() {
        return levels;
    }

    /** The code (0-based position) of a level. */
    public int code(String level) {
        int i = levels.indexOf(level);
        if (i < 0) {
            throw new IllegalArgumentException("unknown level '" + level + "' (known: " + levels + ")");
        }
        return i;
    }

    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int c = new java.math.BigInteger(a.substring(i, ei)).compareTo(new java.math.BigInteger(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
