package org.nacrad.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Minimal option parsing: {@code --name value} (repeatable), {@code --flag}, and positional arguments. */
public final class Args {

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    /**
     * @param flags options that take no value
     * @param known every accepted option (flags included); anything else is a usage error
     */
    public Args(List<String> args, Set<String> flags, Set<String> known) throws Main.UsageException {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                positional.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!known.contains(name)) {
                throw new Main.UsageException("unknown option --" + name + " (options: --" + String.join(", --", known)
                    + ")");
            }
            if (flags.contains(name)) {
                value = "true";
            } else if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new Main.UsageException("option --" + name + " needs a value");
                }
                value = args.get(++i);
            }
            options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String get(String name, String def) {
        List<String> v = options.get(name);
        return v == null ? def : v.get(v.size() - 1);
    }

    public String require(String name) throws Main.UsageException {
        String v = get(name, null);
        if (v == null) {
            throw new Main.UsageException("missing required option --" + name);
        }
        return v;
    }

    public List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    public List<String> positional() {
        return positional;
    }

    public int intValue(String name, int def) throws Main.UsageException {
        String v = get(name, null);
        try {
            return v == null ? def : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new Main.UsageException("--" + name + " must be an integer, not '" + v + "'");
        }
    }

    /** Parses repeated {@code key=value} options into a map (later ones win). */
    public Map<String, String> pairs(String name) throws Main.UsageException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : all(name)) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new Main.UsageException("--" + name + " takes key=value, not '" + kv + "'");
            }
            out.put(kv.substring(0, eq).trim(), kv.substring(eq + 1));
        }
        return out;
    }
}
