package org.nacrad.cli.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a {@code .knwf} (a zip whose entries sit under one workflow folder) into a fresh directory, defensively:
 * a workflow from someone else must not write outside the target (zip slip), nor exhaust the disk (entry and total
 * size limits, entry count limit).
 */
public final class KnwfArchive {

    /** Largest single entry accepted (settings and workflow files are small; port data is not expected). */
    public static final long MAX_ENTRY_BYTES = 64L << 20;
    public static final long MAX_TOTAL_BYTES = 512L << 20;
    public static final int MAX_ENTRIES = 10_000;

    private KnwfArchive() {
    }

    /**
     * Extracts {@code knwf} into {@code target} (which must be empty or absent) and returns the workflow folder,
     * i.e. the directory holding {@code workflow.knime}.
     */
    public static Path extract(Path knwf, Path target) throws IOException, WorkflowFormatException {
        Files.createDirectories(target);
        Path root = target.toRealPath();
        long total = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(knwf))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new WorkflowFormatException(knwf + ": more than " + MAX_ENTRIES + " entries");
                }
                Path dest = root.resolve(e.getName()).normalize();
                if (!dest.startsWith(root) || e.getName().contains("\\") || e.getName().startsWith("/")) {
                    throw new WorkflowFormatException(
                        knwf + ": entry '" + e.getName() + "' would be written outside the workflow folder");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(dest);
                } else {
                    Files.createDirectories(dest.getParent());
                    total += copyLimited(zip, dest, knwf, e.getName(), MAX_TOTAL_BYTES - total);
                }
            }
        } catch (java.util.zip.ZipException ex) {
            throw new WorkflowFormatException(knwf + ": not a readable workflow archive (" + ex.getMessage() + ")");
        }
        return findWorkflowFolder(root, knwf);
    }

    private static long copyLimited(InputStream in, Path dest, Path knwf, String name, long remainingTotal)
        throws IOException, WorkflowFormatException {
        long limit = Math.min(MAX_ENTRY_BYTES, remainingTotal);
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        try (OutputStream out = Files.newOutputStream(dest)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                if (n > limit) {
                    throw new WorkflowFormatException(knwf + ": entry '" + name + "' is larger than "
                        + (limit >> 20) + " MB; refusing to unpack it");
                }
                out.write(buf, 0, r);
            }
        }
        return n;
    }

    private static Path findWorkflowFolder(Path root, Path knwf) throws IOException, WorkflowFormatException {
        if (Files.isRegularFile(root.resolve("workflow.knime"))) {
            return root;
        }
        try (var children = Files.list(root)) {
            var folders = children.filter(p -> Files.isRegularFile(p.resolve("workflow.knime"))).toList();
            if (folders.size() != 1) {
                throw new WorkflowFormatException(knwf + ": expected one workflow folder with a workflow.knime, found "
                    + folders.size());
            }
            return folders.get(0);
        }
    }
}
