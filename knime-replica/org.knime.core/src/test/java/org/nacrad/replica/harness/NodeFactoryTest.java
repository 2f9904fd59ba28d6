/*
 * NACRad — tests of the KNIME API replica. GPL-3.0-or-later.
 */
package org.nacrad.replica.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeFactory.NodeType;
import org.nacrad.replica.harness.ToyNodes.CountingLoopStartFactory;

/** The factory reads name, type and port names from {@code <SimpleName>.xml} next to it, as KNIME does. */
class NodeFactoryTest {

    @Test
    void descriptionNextToTheFactoryIsRead() {
        CountingLoopStartFactory f = new CountingLoopStartFactory();
        assertEquals("Counting Loop Start (test)", f.getNodeName());
        assertEquals(NodeType.LoopStart, f.getType());
        assertEquals("Any table", f.getInportName(0));
        assertEquals("Same table", f.getOutportName(0));
        assertNull(f.getOutportName(1));
        assertFalse(f.isDeprecated());
        assertEquals(CountingLoopStartFactory.class.getName(), f.getFactoryId());
    }
}
