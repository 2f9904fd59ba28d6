package org.nacrad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.nacrad.cli.catalog.NodeCatalog;
import org.nacrad.cli.workflow.KnwfWriter;
import org.nacrad.cli.workflow.Workflow;
import org.nacrad.cli.workflow.WorkflowCompiler;
import org.nacrad.cli.workflow.WorkflowFormatException;
import org.nacrad.cli.workflow.WorkflowSource;

/** {@code nacrad build-workflows SRC_DIR OUT_DIR}: compiles every {@code *.yaml} workflow source into a .knwf. */
final class BuildWorkflowsCommand implements Main.Command {

    @Override
    public String summary() {
        return "compile workflow sources (YAML) into .knwf files: build-workflows SRC_DIR OUT_DIR";
    }

    @Override
    public int run(List<String> argList) throws Exception {
        Args args = new Args(argList, Set.of(), Set.of());
        if (args.positional().size() != 2) {
            throw new Main.UsageException("usage: nacrad build-workflows SRC_DIR OUT_DIR");
        }
        Path src = Path.of(args.positional().get(0));
        Path out = Path.of(args.positional().get(1));
        Files.createDirectories(out);
        NodeCatalog catalog = NodeCatalog.load();
        KnwfWriter.BundleInfo bundle = BundleInfos.nodeBundle();
        try (var files = Files.list(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    Workflow wf = WorkflowCompiler.compile(WorkflowSource.load(f), catalog);
                    Path knwf = out.resolve(wf.name() + ".knwf");
                    KnwfWriter.write(wf, bundle, knwf);
                    System.err.println("built " + knwf);
                } catch (WorkflowFormatException e) {
                    throw new Main.UsageException(e.getMessage(), e);
                }
            }
        }
        return 0;
    }
}
