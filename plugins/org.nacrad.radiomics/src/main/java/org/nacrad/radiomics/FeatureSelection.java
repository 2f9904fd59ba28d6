package org.nacrad.radiomics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which features to compute: per enabled class either its defaults (empty list) or the named features (deprecated
 * ones included when named), like a parameter file's {@code featureClass:} section. Names are checked here.
 */
public final class FeatureSelection {

    private final Map<FeatureClass, List<String>> classes;

    private FeatureSelection(Map<FeatureClass, List<String>> classes) {
        this.classes = classes;
    }

    /** All 3D classes with their default features (PyRadiomics' default extractor: 107 features, no shape2D). */
    public static FeatureSelection defaults() {
        Map<FeatureClass, List<String>> m = new EnumMap<>(FeatureClass.class);
        for (FeatureClass c : FeatureClass.values()) {
            if (c != FeatureClass.SHAPE2D) {
                m.put(c, List.of());
            }
        }
        return new FeatureSelection(m);
    }

    /** Only the given classes, each with its defaults. */
    public static FeatureSelection of(FeatureClass... enabled) {
        Map<FeatureClass, List<String>> m = new EnumMap<>(FeatureClass.class);
        for (FeatureClass c : enabled) {
            m.put(c, List.of());
        }
        return new FeatureSelection(m);
    }

    /**
     * From PyRadiomics class keys to feature names (null or empty = defaults of that class), e.g. the parsed
     * {@code featureClass:} section.
     */
    public static FeatureSelection fromMap(Map<String, ? extends Collection<String>> byClass) {
        Map<FeatureClass, List<String>> m = new EnumMap<>(FeatureClass.class);
        for (Map.Entry<String, ? extends Collection<String>> e : byClass.entrySet()) {
            FeatureClass c = FeatureClass.of(e.getKey());
            List<String> names = e.getValue() == null ? List.of() : List.copyOf(e.getValue());
            c.table().resolve(names);
            m.put(c, names);
        }
        return new FeatureSelection(m);
    }

    public boolean enabled(FeatureClass c) {
        return classes.containsKey(c);
    }

    /** The requested names of an enabled class (empty = defaults). */
    public List<String> requested(FeatureClass c) {
        return classes.getOrDefault(c, List.of());
    }

    /** Without one class (e.g. shape, computed once per mask elsewhere). */
    public FeatureSelection without(FeatureClass c) {
        Map<FeatureClass, List<String>> m = new EnumMap<>(classes);
        m.remove(c);
        return new FeatureSelection(m);
    }

    /**
     * The output names this selection produces, in order: {@code original_<class>_<Feature>} (features PyRadiomics
     * removed are accepted by name but produce nothing). Lets a node declare its columns before executing.
     */
    public List<String> outputNames() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<FeatureClass, List<String>> e : classes.entrySet()) {
            for (String n : e.getKey().table().resolve(e.getValue())) {
                if (e.getKey().table().computable(n)) {
                    out.add("original_" + e.getKey().key() + "_" + n);
                }
            }
        }
        return out;
    }

    /** Class key → names, for diagnostics and persistence. */
    public Map<String, List<String>> toMap() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        classes.forEach((c, n) -> m.put(c.key(), n));
        return m;
    }
}
