package org.nacrad.cli.mainjob;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nacrad.cli.Main;
import org.nacrad.cli.catalog.NodeCatalog;
import org.nacrad.cli.workflow.Workflow;

/**
 * Finds what the study workflow's terminal nodes wrote: per Repeated Split Scorer (named "Scorer CRITERION MODEL")
 * its per-partition metrics (port 0) and selection frequency (port 3), and the "Feature table" node's output.
 */
record ScorerOutputs(String criterion, String model, Path metrics, Path frequency) {

    static final String SCORER_FACTORY = "org.nacrad.knime.learn.split.RepeatedSplitScorerNodeFactory";

    static List<ScorerOutputs> find(Path runDir, Workflow wf) throws Main.UsageException {
        List<ScorerOutputs> out = new ArrayList<>();
        for (Workflow.Node n : wf.nodes()) {
            if (!n.factory().equals(SCORER_FACTORY)) {
                continue;
            }
            String[] words = n.name().trim().split("\\s+");
            if (words.length != 3 || !words[0].equals("Scorer")) {
                throw new Main.UsageException("scorer node #" + n.id() + " must be named 'Scorer CRITERION MODEL', not '"
                    + n.name() + "'");
            }
            out.add(new ScorerOutputs(words[1], words[2], existing(runDir, n, 0), existing(runDir, n, 3)));
        }
        return out;
    }

    static Path featureTable(Path runDir, Workflow wf) throws Main.UsageException {
        for (Workflow.Node n : wf.nodes()) {
            if (n.name().equals("Feature table")) {
                return existing(runDir, n, 0);
            }
        }
        throw new Main.UsageException("the workflow has no node named 'Feature table'");
    }

    private static Path existing(Path runDir, Workflow.Node n, int port) throws Main.UsageException {
        Path f = runDir.resolve(NodeCatalog.slug(n.name()) + "-" + n.id() + "-" + port + ".csv");
        if (!Files.isRegularFile(f)) {
            throw new Main.UsageException("missing output of '" + n.name() + "' (#" + n.id() + "): " + f);
        }
        return f;
    }
}
