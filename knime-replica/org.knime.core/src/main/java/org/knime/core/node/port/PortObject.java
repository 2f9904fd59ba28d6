/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.port;

import javax.swing.JComponent;

import org.knime.core.internal.SerializerMethodLoader.Serializer;

/** Data passed along a node connection. */
public interface PortObject {

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(PortObject.class);

    public static final PortType TYPE_OPTIONAL = PortTypeRegistry.getInstance().getPortType(PortObject.class, true);

    /** Serializer base; the replica persists simple port objects itself, so no abstract methods are modelled. */
    public abstract static class PortObjectSerializer<T extends PortObject> implements Serializer<T> {
    }

    String getSummary();

    PortObjectSpec getSpec();

    JComponent[] getViews();
}
