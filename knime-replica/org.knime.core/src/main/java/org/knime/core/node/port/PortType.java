/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.port;

import java.util.Objects;

/** A port's object class and whether the port is optional. Obtain instances from {@link PortTypeRegistry}. */
public final class PortType {

    private final Class<? extends PortObject> m_objectClass;

    private final boolean m_optional;

    public PortType(final Class<? extends PortObject> pdType) {
        this(pdType, false);
    }

    public PortType(final Class<? extends PortObject> pdType, final boolean optional) {
        m_objectClass = Objects.requireNonNull(pdType, "Port object class must not be null");
        m_optional = optional;
    }

    public Class<? extends PortObject> getPortObjectClass() {
        return m_objectClass;
    }

    public Class<? extends PortObjectSpec> getPortObjectSpecClass() {
        return getPortObjectSpecClass(m_objectClass);
    }

    /** As KNIME: the declared return type of the object class's {@code getSpec()}. */
    @SuppressWarnings("unchecked")
    public static Class<? extends PortObjectSpec> getPortObjectSpecClass(final Class<? extends PortObject> cl) {
        try {
            return (Class<? extends PortObjectSpec>)cl.getMethod("getSpec").getReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("Port object class without getSpec(): " + cl.getName(), e);
        }
    }

    public boolean isOptional() {
        return m_optional;
    }

    public String getName() {
        String n = m_objectClass.getSimpleName();
        return "BufferedDataTable".equals(n) ? "Table" : n;
    }

    public boolean acceptsPortObject(final PortObject po) {
        return m_objectClass.isInstance(po);
    }

    public boolean acceptsPortObjectSpec(final PortObjectSpec spec) {
        return getPortObjectSpecClass().isInstance(spec);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof PortType t && t.m_objectClass.equals(m_objectClass) && t.m_optional == m_optional;
    }

    @Override
    public int hashCode() {
        return m_objectClass.hashCode() + (m_optional ? 1 : 0);
    }

    @Override
    public String toString() {
        return getName() + (m_optional ? " (optional)" : "");
    }
}
