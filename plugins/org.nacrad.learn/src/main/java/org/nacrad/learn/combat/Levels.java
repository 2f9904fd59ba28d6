package org.nacrad.learn.combat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Sorted distinct levels of a categorical variable, ordered as {@code numpy.unique} orders neuroCombat's values:
 * numerically when every level is a number, otherwise by text (code point order). The order matters because
 * neuroCombat drops the first level of each categorical covariate, and the grand mean depends on that choice.
 */
final class Levels {

    private Levels() {
    }

    static List<String> sorted(List<String> values) {
        boolean numeric = values.stream().allMatch(Levels::isNumber);
        Comparator<String> order = numeric ? Comparator.comparingDouble(Double::parseDouble) : Comparator.naturalOrder();
        TreeSet<String> set = new TreeSet<>(order);
        set.addAll(values);
        return new ArrayList<>(set);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
