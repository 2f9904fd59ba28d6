/*
 * NACRad — tests of the KNIME API replica. GPL-3.0-or-later.
 */
package org.knime.core.node.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Expected behaviour from KNIME 5.3's FlowVariable/VariableType sources (naming rule, convertible types). */
class FlowVariableTest {

    @Test
    void reservedPrefixesAreRejected() {
        assertThrows(IllegalFlowVariableNameException.class, () -> new FlowVariable("knime.workspace", "x"));
        assertThrows(IllegalFlowVariableNameException.class, () -> new FlowVariable("knimeX", 1));
        assertEquals("myKnime", new FlowVariable("myKnime", 1).getName());
    }

    @Test
    void valuesConvertAlongKnimesConvertibleTypes() {
        FlowVariable i = new FlowVariable("i", 3);
        assertEquals(3L, i.getValue(VariableType.LongType.INSTANCE));
        assertEquals(3.0, i.getValue(VariableType.DoubleType.INSTANCE));
        assertEquals("3", i.getValue(VariableType.StringType.INSTANCE));
        FlowVariable d = new FlowVariable("d", 0.5);
        assertThrows(IllegalArgumentException.class, () -> d.getValue(VariableType.IntType.INSTANCE));
        assertEquals("\"d\" (DOUBLE: 0.5)", d.toString());
        assertEquals(Double.NaN, new FlowVariable("s", "x").getDoubleValue());
        assertEquals(Double.NaN, i.getDoubleValue());
        assertEquals(0, d.getIntValue());
    }
}
