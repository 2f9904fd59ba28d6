/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.port;

import javax.swing.JComponent;

import org.knime.core.internal.SerializerMethodLoader.Serializer;

/** Describes a port object at configure time. */
public interface PortObjectSpec {

    /** Serializer base; the replica persists simple specs itself, so no abstract methods are modelled. */
    public abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> implements Serializer<T> {
    }

    JComponent[] getViews();
}
