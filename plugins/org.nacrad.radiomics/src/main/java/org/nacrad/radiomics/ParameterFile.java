package org.nacrad.radiomics;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A PyRadiomics parameter file (YAML or JSON) read as is: {@code setting:} → {@link RadiomicsSettings},
 * {@code featureClass:} → {@link FeatureSelection} (absent section = every 3D class with its defaults; a class with no
 * list = its defaults), {@code imageType:} must be absent or only {@code Original} (other image types are not
 * implemented and are rejected). {@code voxelSetting:} (voxel-based extraction) is rejected too.
 */
public record ParameterFile(RadiomicsSettings settings, FeatureSelection features) {

    public static ParameterFile read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return parse(r, file.toString());
        }
    }

    public static ParameterFile parse(String yaml) {
        return parse(new StringReader(yaml), "parameter text");
    }

    private static ParameterFile parse(Reader reader, String source) {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        if (doc == null) {
            return new ParameterFile(RadiomicsSettings.defaults(), FeatureSelection.defaults());
        }
        if (!(doc instanceof Map<?, ?> top)) {
            throw new IllegalArgumentException(source + ": a PyRadiomics parameter file must be a mapping");
        }
        for (Object key : top.keySet()) {
            if (!List.of("setting", "imageType", "featureClass").contains(String.valueOf(key))) {
                throw new IllegalArgumentException(source + ": section '" + key + "' is not supported (use setting, "
                    + "imageType, featureClass)");
            }
        }
        checkImageTypes(top.get("imageType"), source);
        RadiomicsSettings settings;
        try {
            settings = RadiomicsSettings.fromMap(stringKeys(top.get("setting"), source, "setting"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
        FeatureSelection features = FeatureSelection.defaults();
        if (top.containsKey("featureClass")) {
            Map<String, Collection<String>> byClass = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : stringKeys(top.get("featureClass"), source, "featureClass")
                .entrySet()) {
                byClass.put(e.getKey(), names(e.getValue(), source, e.getKey()));
            }
            try {
                features = FeatureSelection.fromMap(byClass);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
            }
        }
        return new ParameterFile(settings, features);
    }

    private static void checkImageTypes(Object section, String source) {
        if (section == null) {
            return;
        }
        Map<String, Object> types = stringKeys(section, source, "imageType");
        for (Map.Entry<String, Object> e : types.entrySet()) {
            if (!e.getKey().equals("Original")) {
                throw new IllegalArgumentException(source + ": image type '" + e.getKey()
                    + "' is not supported yet (only Original)");
            }
            if (e.getValue() instanceof Map<?, ?> m && !m.isEmpty()) {
                throw new IllegalArgumentException(source + ": per-image-type settings for Original are not "
                    + "supported; put them under setting:");
            }
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException(source + ": imageType enables no image type (use Original: {})");
        }
    }

    private static Map<String, Object> stringKeys(Object section, String source, String name) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (section == null) {
            return out;
        }
        if (!(section instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(source + ": section " + name + " must be a mapping");
        }
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static List<String> names(Object value, String source, String cls) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        throw new IllegalArgumentException(source + ": featureClass " + cls + " must list feature names or be empty");
    }
}
