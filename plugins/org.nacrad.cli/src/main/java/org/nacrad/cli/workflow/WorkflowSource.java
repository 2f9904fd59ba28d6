package org.nacrad.cli.workflow;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The readable, reviewable source of a reference workflow (YAML under {@code workflows/src/}). The build turns it
 * into a {@code .knwf} through the nodes' own settings code ({@link WorkflowCompiler}). Shape:
 *
 * <pre>
 * name: smoke
 * description: What the workflow does; cite the study here.
 * variables:                       # workflow variables (name: {type: STRING|INTEGER|DOUBLE, value: ...})
 *   cohort_manifest: {type: STRING, value: "knime://knime.workflow/../data/smoke/manifest.csv"}
 * nodes:
 *   - id: 1
 *     factory: org.nacrad.knime.cohort.CohortReaderNodeFactory
 *     name: Cohort Reader           # optional, defaults to the factory's node name
 *     at: [60, 120]                 # editor position
 *     annotation: Reads the manifest.
 *     settings: {id_column: patient_id}   # only keys that differ from the node's defaults
 *     variables: {manifest: cohort_manifest}   # settings key → controlling workflow variable
 * connections:
 *   - [1, 0, 2, 0]                  # source id, source data port, target id, target data port (0-based)
 * annotations:
 *   - {text: "...", at: [40, 20, 400, 60]}
 * templates:                       # node groups written once, used many times
 *   model:
 *     nodes: [ ... ]               # as above, local ids; "${name}" in any text is replaced by the use's value
 *     connections: [ ... ]         # between local ids
 * uses:
 *   - {template: model, ids_from: 100, at: [0, 400], values: {criterion: pcr}, inputs: [[38, 0, 1, 0]]}
 *                                  # local id n becomes 100 + n; inputs: [source id, port, local target id, port]
 * </pre>
 */
public record WorkflowSource(String name, String description, List<Workflow.Variable> variables,
    List<SourceNode> nodes, List<Workflow.Connection> connections, List<Workflow.Annotation> annotations) {

    /** A node as written in the source: settings hold only overrides of the node's defaults. */
    public record SourceNode(int id, String factory, String name, int[] position, String annotation,
        Map<String, Object> settings, Map<String, String> variableBindings) {
    }

    public static WorkflowSource load(Path file) throws IOException, WorkflowFormatException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return parse(asMap(doc, file + ": top level"), file.toString());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new WorkflowFormatException(file + ": not valid YAML (" + e.getMessage() + ")", e);
        } catch (ClassCastException | NullPointerException | NumberFormatException e) {
            throw new WorkflowFormatException(file + ": malformed workflow source (" + e.getMessage() + ")", e);
        }
    }

    private static WorkflowSource parse(Map<String, Object> doc, String src) throws WorkflowFormatException {
        expandTemplates(doc, src);
        String name = require(doc, "name", src).toString();
        String description = String.valueOf(doc.getOrDefault("description", "")).strip();
        List<Workflow.Variable> vars = new ArrayList<>();
        for (var e : asMap(doc.getOrDefault("variables", Map.of()), src + ": variables").entrySet()) {
            Map<String, Object> v = asMap(e.getValue(), src + ": variable " + e.getKey());
            vars.add(new Workflow.Variable(e.getKey(), require(v, "type", src).toString(),
                require(v, "value", src).toString()));
        }
        List<SourceNode> nodes = new ArrayList<>();
        for (Object o : asList(require(doc, "nodes", src), src + ": nodes")) {
            nodes.add(parseNode(asMap(o, src + ": node"), src));
        }
        List<Workflow.Connection> conns = new ArrayList<>();
        for (Object o : asList(doc.getOrDefault("connections", List.of()), src + ": connections")) {
            List<Object> c = asList(o, src + ": connection");
            if (c.size() != 4) {
                throw new WorkflowFormatException(src + ": a connection is [source, port, target, port]: " + c);
            }
            conns.add(new Workflow.Connection(num(c.get(0)), num(c.get(1)) + 1, num(c.get(2)), num(c.get(3)) + 1));
        }
        List<Workflow.Annotation> annos = new ArrayList<>();
        for (Object o : asList(doc.getOrDefault("annotations", List.of()), src + ": annotations")) {
            Map<String, Object> a = asMap(o, src + ": annotation");
            annos.add(new Workflow.Annotation(require(a, "text", src).toString().strip(), ints(a.get("at"), 4)));
        }
        return new WorkflowSource(name, description, vars, nodes, conns, annos);
    }

    /** Replaces {@code uses} of {@code templates} by their nodes and connections, with ids and texts filled in. */
    private static void expandTemplates(Map<String, Object> doc, String src) throws WorkflowFormatException {
        Map<String, Object> templates = asMap(doc.getOrDefault("templates", Map.of()), src + ": templates");
        List<Object> nodes = new ArrayList<>(asList(doc.getOrDefault("nodes", List.of()), src + ": nodes"));
        List<Object> conns = new ArrayList<>(asList(doc.getOrDefault("connections", List.of()), src + ": connections"));
        for (Object o : asList(doc.getOrDefault("uses", List.of()), src + ": uses")) {
            Map<String, Object> use = asMap(o, src + ": use");
            String name = require(use, "template", src).toString();
            Map<String, Object> t = asMap(templates.get(name), src + ": template '" + name + "'");
            int offset = num(require(use, "ids_from", src));
            int[] shift = ints(use.getOrDefault("at", List.of(0, 0)), 2);
            Map<String, Object> values = asMap(use.getOrDefault("values", Map.of()), src + ": use of " + name);
            String where = src + ": use of template '" + name + "' at ids " + offset;
            for (Object n : asList(require(t, "nodes", src), where)) {
                Map<String, Object> node = asMap(substitute(n, values, where), where);
                node.put("id", offset + num(require(node, "id", src)));
                int[] at = ints(node.getOrDefault("at", List.of(0, 0)), 2);
                node.put("at", List.of(at[0] + shift[0], at[1] + shift[1]));
                nodes.add(node);
            }
            for (Object c : asList(t.getOrDefault("connections", List.of()), where)) {
                List<Object> l = asList(c, where);
                conns.add(List.of(offset + num(l.get(0)), l.get(1), offset + num(l.get(2)), l.get(3)));
            }
            for (Object c : asList(use.getOrDefault("inputs", List.of()), where)) {
                List<Object> l = asList(c, where);
                conns.add(List.of(l.get(0), l.get(1), offset + num(l.get(2)), l.get(3)));
            }
        }
        doc.put("nodes", nodes);
        doc.put("connections", conns);
    }

    /** A deep copy with every "${key}" in texts replaced; an unknown key is an error. */
    private static Object substitute(Object o, Map<String, Object> values, String where)
        throws WorkflowFormatException {
        if (o instanceof String text) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([A-Za-z0-9_]+)}").matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                Object v = values.get(m.group(1));
                if (v == null) {
                    throw new WorkflowFormatException(where + ": no value for ${" + m.group(1) + "}");
                }
                m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(v.toString()));
            }
            return m.appendTail(sb).toString();
        }
        if (o instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (var e : map.entrySet()) {
                out.put(String.valueOf(e.getKey()), substitute(e.getValue(), values, where));
            }
            return out;
        }
        if (o instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(substitute(item, values, where));
            }
            return out;
        }
        return o;
    }

    private static SourceNode parseNode(Map<String, Object> n, String src) throws WorkflowFormatException {
        int id = num(require(n, "id", src));
        Map<String, String> bindings = new LinkedHashMap<>();
        asMap(n.getOrDefault("variables", Map.of()), src + ": node " + id + " variables")
            .forEach((k, v) -> bindings.put(k, v.toString()));
        Object name = n.get("name");
        return new SourceNode(id, require(n, "factory", src).toString(), name == null ? null : name.toString(),
            ints(n.getOrDefault("at", List.of(0, 0)), 2), String.valueOf(n.getOrDefault("annotation", "")).strip(),
            asMap(n.getOrDefault("settings", Map.of()), src + ": node " + id + " settings"), bindings);
    }

    private static Object require(Map<String, Object> m, String key, String src) throws WorkflowFormatException {
        Object v = m.get(key);
        if (v == null) {
            throw new WorkflowFormatException(src + ": missing '" + key + "' in " + m.keySet());
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o, String what) throws WorkflowFormatException {
        if (!(o instanceof Map)) {
            throw new WorkflowFormatException(what + " must be a mapping");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<Object, Object>) o).forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o, String what) throws WorkflowFormatException {
        if (!(o instanceof List)) {
            throw new WorkflowFormatException(what + " must be a list");
        }
        return (List<Object>) o;
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    private static int[] ints(Object o, int minLength) throws WorkflowFormatException {
        List<Object> l = asList(o, "position");
        int[] out = new int[Math.max(minLength, l.size())];
        for (int i = 0; i < l.size(); i++) {
            out[i] = num(l.get(i));
        }
        return out;
    }
}
