package org.nacrad.report.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A machine-readable record of how a run's results came about: the command that wrote it ({@code producer}, e.g.
 * "nacrad run"), NACRad version, Java runtime, library versions, node settings per workflow, seeds, and the SHA-256
 * and size of every input file. Settings values must be JSON values (maps, lists, strings, numbers, booleans, null).
 * Written as {@code provenance.json}:
 *
 * <pre>
 * {"format": "nacrad-provenance/1", "producer": …, "nacrad_version": …, "java": {"version", "vendor", "runtime"},
 *  "os": {"name", "arch"}, "libraries": {name: version}, "workflows": {workflow: {node: settings}},
 *  "seeds": {name: seed}, "inputs": [{"path", "bytes", "sha256"}]}
 * </pre>
 */
public record Provenance(String producer, String nacradVersion, Map<String, String> libraries,
    Map<String, Object> workflows, Map<String, Long> seeds, List<Path> inputs) {

    public static final String FORMAT = "nacrad-provenance/1";
    public static final String FILE_NAME = "provenance.json";

    public Provenance {
        libraries = Collections.unmodifiableMap(new LinkedHashMap<>(libraries));
        workflows = Collections.unmodifiableMap(new LinkedHashMap<>(workflows));
        seeds = Collections.unmodifiableMap(new LinkedHashMap<>(seeds));
        inputs = List.copyOf(inputs);
    }

    /** The record as JSON-ready maps; hashes every input (a missing input is an error naming it). */
    public Map<String, Object> toJson() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("producer", producer);
        m.put("nacrad_version", nacradVersion);
        m.put("java", ordered("version", System.getProperty("java.version"), "vendor",
            System.getProperty("java.vendor"), "runtime", System.getProperty("java.runtime.version")));
        m.put("os", ordered("name", System.getProperty("os.name"), "arch", System.getProperty("os.arch")));
        m.put("libraries", libraries);
        m.put("workflows", workflows);
        m.put("seeds", seeds);
        List<Object> files = new ArrayList<>();
        for (Path p : inputs) {
            files.add(ordered("path", p.toString(), "bytes", size(p), "sha256", sha256(p)));
        }
        m.put("inputs", files);
        return m;
    }

    /** Writes the record to {@code file} via a temporary sibling, so readers never see half a record. */
    public void write(Path file) throws IOException {
        String json = Json.write(toJson());
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its owner-only permissions would stick to the record
        Path tmp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.writeString(tmp, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Lower-case hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "provenance: input file not found");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime lacks SHA-256", e);
        }
    }

    private static long size(Path p) throws IOException {
        try {
            return Files.size(p);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(p.toString(), null, "provenance: input file not found");
        }
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
