package org.nacrad.cli.workflow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XML from someone else: no DTDs, no external entities. */
class KnwfReaderTest {

    @TempDir
    Path dir;

    @Test
    void externalEntitiesInWorkflowKnimeAreRejected() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path wf = Files.createDirectories(dir.resolve("wf"));
        Files.writeString(wf.resolve("workflow.knime"), "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE config [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
            + "<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\" key=\"workflow.knime\">"
            + "<entry key=\"version\" type=\"xstring\" value=\"&leak;\"/></config>");
        WorkflowFormatException e = assertThrows(WorkflowFormatException.class, () -> KnwfReader.read(wf));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        assertTrue(e.getMessage().contains("workflow.knime"), e.getMessage());
    }

    @Test
    void externalEntitiesInSettingsXmlAreRejected() throws Exception {
        Path wf = Files.createDirectories(dir.resolve("wf2/Node (#1)"));
        Files.writeString(wf.getParent().resolve("workflow.knime"), "<?xml version=\"1.0\"?>\n"
            + "<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\" key=\"workflow.knime\">"
            + "<config key=\"nodes\"><config key=\"node_1\"><entry key=\"id\" type=\"xint\" value=\"1\"/>"
            + "<entry key=\"node_settings_file\" type=\"xstring\" value=\"Node (#1)/settings.xml\"/>"
            + "</config></config></config>");
        Files.writeString(wf.resolve("settings.xml"), "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE config SYSTEM \"http://example.invalid/x.dtd\">\n"
            + "<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\" key=\"settings.xml\"/>");
        WorkflowFormatException e =
            assertThrows(WorkflowFormatException.class, () -> KnwfReader.read(wf.getParent()));
        assertTrue(e.getMessage().contains("settings.xml"), e.getMessage());
    }

    @Test
    void metanodesAreReportedWithTheirIds() throws Exception {
        Path wf = Files.createDirectories(dir.resolve("wf3"));
        Files.writeString(wf.resolve("workflow.knime"), "<?xml version=\"1.0\"?>\n"
            + "<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\" key=\"workflow.knime\">"
            + "<config key=\"nodes\"><config key=\"node_7\"><entry key=\"id\" type=\"xint\" value=\"7\"/>"
            + "<entry key=\"node_settings_file\" type=\"xstring\" value=\"Meta (#7)/workflow.knime\"/>"
            + "<entry key=\"node_type\" type=\"xstring\" value=\"MetaNode\"/>"
            + "</config></config></config>");
        WorkflowFormatException e = assertThrows(WorkflowFormatException.class, () -> KnwfReader.read(wf));
        assertTrue(e.getMessage().contains("#7"), e.getMessage());
    }
}
