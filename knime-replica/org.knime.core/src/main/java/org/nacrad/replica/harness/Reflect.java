/*
 * NACRad — headless harness for the KNIME API replica (not part of KNIME). GPL-3.0-or-later.
 */
package org.nacrad.replica.harness;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Access to non-public replica members; KNIME's workflow manager has package access the harness lacks. */
final class Reflect {

    private Reflect() {
    }

    static Object invoke(final Class<?> owner, final Object target, final String name, final Class<?>[] types,
        final Object... args) throws Exception {
        Method m = owner.getDeclaredMethod(name, types);
        m.setAccessible(true);
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error)cause;
        }
    }

    /** Like {@link #invoke} for methods that throw no checked exceptions. */
    static Object call(final Class<?> owner, final Object target, final String name, final Class<?>[] types,
        final Object... args) {
        try {
            return invoke(owner, target, name, types, args);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Object get(final Class<?> owner, final Object target, final String field) {
        try {
            Field f = owner.getDeclaredField(field);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Replica wiring broken: " + owner.getSimpleName() + "." + field, e);
        }
    }

    static void set(final Class<?> owner, final Object target, final String field, final Object value) {
        try {
            Field f = owner.getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Replica wiring broken: " + owner.getSimpleName() + "." + field, e);
        }
    }
}
