/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.workflow;

import java.util.Set;

/** The type of a flow variable value. Only the simple scalar types are modelled by the replica. */
public abstract class VariableType<T> {

    /** Base of the built-in types. */
    protected abstract static class DefaultVariableType<T> extends VariableType<T> {
        DefaultVariableType(final String id, final Class<T> simpleType) {
            super(id, simpleType);
        }
    }

    public static final class BooleanType extends DefaultVariableType<Boolean> {
        public static final BooleanType INSTANCE = new BooleanType();

        private BooleanType() {
            super("BOOLEAN", Boolean.class);
        }
    }

    public static final class DoubleType extends DefaultVariableType<Double> {
        public static final DoubleType INSTANCE = new DoubleType();

        private DoubleType() {
            super("DOUBLE", Double.class);
        }
    }

    public static final class IntType extends DefaultVariableType<Integer> {
        public static final IntType INSTANCE = new IntType();

        private IntType() {
            super("INTEGER", Integer.class);
        }
    }

    public static final class LongType extends DefaultVariableType<Long> {
        public static final LongType INSTANCE = new LongType();

        private LongType() {
            super("LONG", Long.class);
        }
    }

    public static final class StringType extends DefaultVariableType<String> {
        public static final StringType INSTANCE = new StringType();

        private StringType() {
            super("STRING", String.class);
        }
    }

    private final String m_id;

    private final Class<T> m_simpleType;

    VariableType(final String id, final Class<T> simpleType) {
        m_id = id;
        m_simpleType = simpleType;
    }

    public Class<T> getSimpleType() {
        return m_simpleType;
    }

    /** @return KNIME's identifier, e.g. INTEGER, DOUBLE, STRING, LONG, BOOLEAN (the "class" key in workflows) */
    public String getIdentifier() {
        return m_id;
    }

    /** The types KNIME lets a value of this type be read as. */
    public Set<VariableType<?>> getConvertibleTypes() {
        return switch (m_id) {
            case "INTEGER" -> Set.of(this, LongType.INSTANCE, DoubleType.INSTANCE, StringType.INSTANCE);
            case "LONG" -> Set.of(this, DoubleType.INSTANCE, StringType.INSTANCE);
            case "DOUBLE", "BOOLEAN" -> Set.of(this, StringType.INSTANCE);
            default -> Set.of(this);
        };
    }

    public final boolean isConvertible(final VariableType<?> type) {
        return getConvertibleTypes().contains(type);
    }

    @Override
    public String toString() {
        return getIdentifier();
    }
}
