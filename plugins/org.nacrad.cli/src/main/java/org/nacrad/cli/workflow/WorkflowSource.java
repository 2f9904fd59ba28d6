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
