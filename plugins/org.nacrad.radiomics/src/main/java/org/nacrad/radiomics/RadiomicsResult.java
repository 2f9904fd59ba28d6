package org.nacrad.radiomics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one extraction produced: {@code diagnostics_*} entries (text, as PyRadiomics prints them) followed by the
 * feature values {@code original_<class>_<Feature>}, both in PyRadiomics' order, and warnings a caller should show
 * (NaN values, requested features PyRadiomics removed).
 */
public record RadiomicsResult(Map<String, String> diagnostics, Map<String, Double> features, List<String> warnings) {

    public RadiomicsResult {
        diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
        warnings = List.copyOf(warnings);
    }

    /** Diagnostics then features, as one ordered name → value map (values are String or Double). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>(diagnostics);
        m.putAll(features);
        return m;
    }

    /** A feature value by its full output name, or NaN if it was not computed. */
    public double feature(String name) {
        Double v = features.get(name);
        return v == null ? Double.NaN : v;
    }
}
