package org.nacrad.cli.workflow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workflow from someone else must not write outside its folder nor fill the disk. */
class KnwfArchiveTest {

    @TempDir
    Path dir;

    private Path zip(String name, byte[] data, long repeat) throws IOException {
        Path z = dir.resolve("crafted.knwf");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            out.putNextEntry(new ZipEntry("wf/workflow.knime"));
            out.write("<config/>".getBytes());
            out.closeEntry();
            out.putNextEntry(new ZipEntry(name));
            for (long i = 0; i < repeat; i++) {
                out.write(data);
            }
            out.closeEntry();
        }
        return z;
    }

    @Test
    void zipSlipEntriesAreRejectedAndNothingEscapes() throws Exception {
        Path knwf = zip("wf/../../evil.txt", "x".getBytes(), 1);
        WorkflowFormatException e = assertThrows(WorkflowFormatException.class,
            () -> KnwfArchive.extract(knwf, dir.resolve("out")));
        assertTrue(e.getMessage().contains("outside the workflow folder"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("evil.txt")));
        assertThrows(WorkflowFormatException.class,
            () -> KnwfArchive.extract(zip("/etc/evil", "x".getBytes(), 1), dir.resolve("out2")));
    }

    @Test
    void absurdlyLargeEntriesAreRejected() throws Exception {
        byte[] mb = new byte[1 << 20];
        Path knwf = zip("wf/big.bin", mb, (KnwfArchive.MAX_ENTRY_BYTES >> 20) + 1);
        WorkflowFormatException e = assertThrows(WorkflowFormatException.class,
            () -> KnwfArchive.extract(knwf, dir.resolve("out")));
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAWorkflowArchiveIsReportedAsSuch() throws Exception {
        Path bogus = dir.resolve("bogus.knwf");
        try (OutputStream out = Files.newOutputStream(bogus)) {
            out.write("not a zip".getBytes());
        }
        assertThrows(WorkflowFormatException.class, () -> KnwfArchive.extract(bogus, dir.resolve("out")));
    }
}
