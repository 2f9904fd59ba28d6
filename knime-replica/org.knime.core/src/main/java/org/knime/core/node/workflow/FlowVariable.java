/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.workflow;

import java.util.Objects;

/** A named, typed value travelling along the flow variable stack. */
public final class FlowVariable extends FlowObject {

    /** Scope of a variable; flow variable names must not start with "knime" (reserved). */
    public static enum Scope {
        Global("knime"), Flow(""), Local("knime.node"), Hide("knime.hide");

        private final String m_prefix;

        Scope(final String prefix) {
            m_prefix = prefix;
        }

        public String getPrefix() {
            return m_prefix;
        }

        /** As KNIME: scoped names need their prefix; flow names must not start with a reserved prefix. */
        public void verifyName(final String name) {
            if (!m_prefix.isEmpty() && !name.startsWith(m_prefix)) {
                throw new IllegalFlowVariableNameException(
                    "Invalid " + name() + " variable, name must start with \"" + m_prefix + "\": " + name);
            }
            if (this == Flow) {
                for (Scope reserved : new Scope[]{Local, Hide, Global}) {
                    if (name.startsWith(reserved.m_prefix)) {
                        throw new IllegalFlowVariableNameException(String.format(
                            "The flow variable '%s' has a reserved prefix ('%s'). Please change the name.", name,
                            reserved.m_prefix));
                    }
                }
            }
        }
    }

    @Deprecated
    public static enum Type {
        STRING, DOUBLE, INTEGER, CREDENTIALS, OTHER
    }

    private final String m_name;

    private final VariableType<?> m_type;

    private final Object m_value;

    public FlowVariable(final String name, final String valueS) {
        this(name, VariableType.StringType.INSTANCE, valueS);
    }

    public FlowVariable(final String name, final double valueD) {
        this(name, VariableType.DoubleType.INSTANCE, valueD);
    }

    public FlowVariable(final String name, final int valueI) {
        this(name, VariableType.IntType.INSTANCE, valueI);
    }

    public <T> FlowVariable(final String name, final VariableType<T> type, final T value) {
        Objects.requireNonNull(name, "Flow variable name must not be null");
        Scope.Flow.verifyName(name);
        m_name = name;
        m_type = Objects.requireNonNull(type, "Flow variable type must not be null");
        m_value = Objects.requireNonNull(value, "Flow variable value must not be null");
    }

    public String getName() {
        return m_name;
    }

    public Scope getScope() {
        return Scope.Flow;
    }

    public VariableType<?> getVariableType() {
        return m_type;
    }

    /** @throws IllegalArgumentException if the value cannot be read as the given type (KNIME's rule) */
    public <T> T getValue(final VariableType<T> expectedType) {
        if (!m_type.isConvertible(expectedType)) {
            throw new IllegalArgumentException(
                "The flow variable \"" + m_name + "\" of type " + m_type + " can't be converted to " + expectedType);
        }
        Object v = m_value;
        if (expectedType == VariableType.StringType.INSTANCE) {
            v = String.valueOf(m_value);
        } else if (expectedType == VariableType.DoubleType.INSTANCE) {
            v = ((Number)m_value).doubleValue();
        } else if (expectedType == VariableType.LongType.INSTANCE) {
            v = ((Number)m_value).longValue();
        }
        return expectedType.getSimpleType().cast(v);
    }

    /** @return the value if this is a string variable, otherwise null */
    public String getStringValue() {
        return m_type == VariableType.StringType.INSTANCE ? (String)m_value : null;
    }

    /** @return the value if this is an int variable, otherwise 0 */
    public int getIntValue() {
        return m_type == VariableType.IntType.INSTANCE ? (Integer)m_value : 0;
    }

    /** @return the value if this is a double variable, otherwise NaN (also for int variables, as KNIME) */
    public double getDoubleValue() {
        return m_type == VariableType.DoubleType.INSTANCE ? (Double)m_value : Double.NaN;
    }

    public String getValueAsString() {
        return String.valueOf(m_value);
    }

    @Deprecated
    public Type getType() {
        return switch (m_type.getIdentifier()) {
            case "STRING" -> Type.STRING;
            case "DOUBLE" -> Type.DOUBLE;
            case "INTEGER" -> Type.INTEGER;
            default -> Type.OTHER;
        };
    }

    @Override
    public String toString() {
        return String.format("\"%s\" (%s: %s)", m_name, m_type.getIdentifier(), m_value);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof FlowVariable v && v.m_name.equals(m_name) && v.m_type == m_type
            && v.m_value.equals(m_value);
    }

    @Override
    public int hashCode() {
        return m_name.hashCode() ^ m_value.hashCode();
    }
}
