package org.nacrad.cli;

import java.util.List;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigEntries;
import org.nacrad.cli.catalog.NodeCatalog;
import org.nacrad.cli.exec.KnimeNodeRuntime;
import org.nacrad.cli.settings.SettingsOverrides;
import org.nacrad.replica.harness.NodeHarness;

/** {@code nacrad nodes}: every node with its ports and its settings keys, types and defaults. */
final class NodesCommand implements Main.Command {

    @Override
    public String summary() {
        return "list the nodes with their settings keys, types and defaults";
    }

    @Override
    public int run(List<String> argList) throws Exception {
        new Args(argList, Set.of(), Set.of());
        for (NodeCatalog.Entry e : NodeCatalog.load().entries()) {
            NodeHarness<?> h = NodeHarness.of(KnimeNodeRuntime.instantiate(e.factory()));
            System.out.printf("%s  [%s]%n  %s%n  factory: %s%n  ports: %d in, %d out%n", e.name(),
                NodeCatalog.slug(e.name()), e.shortDescription(), e.factory(), h.inPortCount(), h.outPortCount());
            NodeSettings s = h.saveSettings();
            for (String key : SettingsOverrides.visibleKeys(s)) {
                AbstractConfigEntry entry = s.getEntry(key);
                boolean list = entry.getType() == ConfigEntries.config;
                System.out.printf("    %-28s %-8s %s%n", key, list ? "list" : entry.getType().name().substring(1),
                    list ? listValue(s.getNodeSettings(key)) : entry.toStringValue());
            }
            System.out.println();
        }
        return 0;
    }

    private static String listValue(NodeSettings array) throws InvalidSettingsException {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < array.getInt("array-size", 0); i++) {
            sb.append(i == 0 ? "" : ", ").append(array.getEntry(Integer.toString(i)).toStringValue());
        }
        return sb.append(']').toString();
    }
}
