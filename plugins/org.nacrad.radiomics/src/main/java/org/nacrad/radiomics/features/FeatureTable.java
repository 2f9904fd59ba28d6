package org.nacrad.radiomics.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of one family in PyRadiomics' output order (method names sorted by code point),
 * with the rules for enabling them: by default every non-deprecated feature; by name any feature, where a removed
 * one yields no value.
 */
public final class FeatureTable<C> {

    private final String family;
    private final Map<String, Feature<C>> features = new LinkedHashMap<>();

    @SafeVarargs
    public FeatureTable(String family, Feature<C>... list) {
        this.family = family;
        List<Feature<C>> sorted = new ArrayList<>(List.of(list));
        // PyRadiomics lists features by method name (get<Name>FeatureValue): "Mean" sorts after "MeanAbsolute...".
        sorted.sort(Comparator.comparing(f -> "get" + f.name() + "FeatureValue"));
        for (Feature<C> f : sorted) {
            features.put(f.name(), f);
        }
    }

    public String family() {
        return family;
    }

    /** Every feature name, including deprecated ones. */
    public List<String> names() {
        return List.copyOf(features.keySet());
    }

    /** The names enabled when the family is enabled without a feature list. */
    public List<String> defaultNames() {
        List<String> out = new ArrayList<>();
        for (Feature<C> f : features.values()) {
            if (!f.deprecated()) {
                out.add(f.name());
            }
        }
        return out;
    }

    /** The requested names in output order, rejecting unknown ones; an empty request means the defaults. */
    public List<String> resolve(Collection<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return defaultNames();
        }
        for (String n : requested) {
            if (!features.containsKey(n)) {
                throw new IllegalArgumentException("Feature not found in class " + family + ": " + n + " (known: "
                    + features.keySet() + ")");
            }
        }
        List<String> out = new ArrayList<>();
        for (String n : features.keySet()) {
            if (requested.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Whether the feature yields a value (false for features PyRadiomics removed). */
    public boolean computable(String name) {
        Feature<C> f = features.get(name);
        return f != null && f.computable();
    }

    /** Why a removed feature yields nothing (null for computable ones). */
    public String removedNote(String name) {
        Feature<C> f = features.get(name);
        return f == null ? null : f.removedNote();
    }

    /** Feature values for one coefficient set; removed features are skipped. */
    public Map<String, Double> evaluate(C coefficients, Collection<String> names) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String n : resolve(names)) {
            Feature<C> f = features.get(n);
            if (f.computable()) {
                out.put(n, f.formula().applyAsDouble(coefficients));
            }
        }
        return out;
    }

    /**
     * Mean over several coefficient sets (one per angle) ignoring NaN, as numpy {@code nanmean}: NaN only if every
     * value is NaN.
     */
    public Map<String, Double> evaluateMean(List<C> perAngle, Collection<String> names) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String n : resolve(names)) {
            Feature<C> f = features.get(n);
            if (!f.computable()) {
                continue;
            }
            double sum = 0;
            int count = 0;
            for (C c : perAngle) {
                double v = f.formula().applyAsDouble(c);
                if (!Double.isNaN(v)) {
                    sum += v;
                    count++;
                }
            }
            out.put(n, count == 0 ? Double.NaN : sum / count);
        }
        return out;
    }
}
