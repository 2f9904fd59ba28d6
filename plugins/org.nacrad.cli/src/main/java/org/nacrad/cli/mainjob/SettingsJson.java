package org.nacrad.cli.mainjob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.ConfigEntries;

/** A node's settings tree as JSON-ready values (bookkeeping "_Internals" configs left out). */
public final class SettingsJson {

    private SettingsJson() {
    }

    public static Map<String, Object> of(NodeSettings s) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : s.keySet()) {
            if (key.endsWith("_Internals")) {
                continue;
            }
            try {
                out.put(key, value(s, key));
            } catch (InvalidSettingsException e) {
                out.put(key, null);
            }
        }
        return out;
    }

    private static Object value(NodeSettings s, String key) throws InvalidSettingsException {
        if (s.getEntry(key).getType() != ConfigEntries.config) {
            return s.getEntry(key).toStringValue();
        }
        NodeSettings child = s.getNodeSettings(key);
        if (!child.containsKey("array-size")) {
            return of(child);
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < child.getInt("array-size"); i++) {
            items.add(child.getEntry(Integer.toString(i)).toStringValue());
        }
        return items;
    }
}
