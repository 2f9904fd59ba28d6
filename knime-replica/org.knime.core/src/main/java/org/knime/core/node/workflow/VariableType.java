/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.workflow;

import java.util.Set;

/** The type of a flow variable value. Only the simple scalar types are modelled by the replica. */
public abstract class VariableType<T> {

    /** Base of the built-in types. */
    protected abstract static class DefaultVariableType<T> extends VariableType<T> {
        DefaultVariableType(final String id) {
            super(id);
        }
    }

    public static final class BooleanType extends DefaultVariableType<Boolean> {
        public static final BooleanType INSTANCE = new BooleanType();

        private BooleanType() {
            super("BOOLEAN");
        }

        @Override
        public Class<Boolean> getSimpleType() {
            return Boolean.class;
        }
    }

    public static final class DoubleType extends DefaultVariableType<Double> {
        public static final DoubleType INSTANCE = new DoubleType();

        private DoubleType() {
            super("DOUBLE");
        }

        @Override
        public Class<Double> getSimpleType() {
            return Double.class;
        }
    }

    public static final class IntType extends DefaultVariableType<Integer> {
        public static final IntType INSTANCE = new IntType();

        private IntType() {
            super("INTEGER");
        }

        @Override
        public Class<Integer> getSimpleType() {
            return Integer.class;
        }
    }

    public static final class LongType extends DefaultVariableType<Long> {
        public static final LongType INSTANCE = new LongType();

        private LongType() {
            super("LONG");
        }

        @Override
        public Class<Long> getSimpleType() {
            return Long.class;
        }
    }

    public static final class StringType extends DefaultVariableType<String> {
        public static final StringType INSTANCE = new StringType();

        private StringType() {
            super("STRING");
        }

        @Override
        public Class<String> getSimpleType() {
            return String.class;
        }
    }

    private final String m_id;

    VariableType(final String id) {
        m_id = id;
    }

    public abstract Class<T> getSimpleType();

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
