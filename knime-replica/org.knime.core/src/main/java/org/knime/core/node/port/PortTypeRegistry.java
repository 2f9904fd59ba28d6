/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.port;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Canonical {@link PortType} instances per port object class (no extension point in the replica). */
public final class PortTypeRegistry {

    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private final Map<Class<? extends PortObject>, PortType[]> m_types = new LinkedHashMap<>();

    private PortTypeRegistry() {
    }

    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portObjectClass) {
        return getPortType(portObjectClass, false);
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portObjectClass,
        final boolean isOptional) {
        PortType[] pair = m_types.computeIfAbsent(portObjectClass,
            c -> new PortType[]{new PortType(c, false), new PortType(c, true)});
        return pair[isOptional ? 1 : 0];
    }

    public synchronized Collection<PortType> availablePortTypes() {
        Collection<PortType> all = new ArrayList<>();
        m_types.values().forEach(p -> all.add(p[0]));
        return all;
    }
}
