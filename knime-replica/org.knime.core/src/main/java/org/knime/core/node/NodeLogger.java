/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node;

import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/** Logger facade; the replica forwards to {@link System.Logger}. */
public final class NodeLogger {

    private final System.Logger m_logger;

    private NodeLogger(final String name) {
        m_logger = System.getLogger(name);
    }

    public static NodeLogger getLogger(final Class<?> c) {
        return new NodeLogger(c.getName());
    }

    public static NodeLogger getLogger(final String s) {
        return new NodeLogger(s);
    }

    private void log(final Level level, final Object o, final Throwable t) {
        if (m_logger.isLoggable(level)) {
            m_logger.log(level, String.valueOf(o), t);
        }
    }

    public boolean isDebugEnabled() {
        return m_logger.isLoggable(Level.DEBUG);
    }

    public boolean isInfoEnabled() {
        return m_logger.isLoggable(Level.INFO);
    }

    public void debug(final Object o) {
        log(Level.DEBUG, o, null);
    }

    public void debug(final Object o, final Throwable t) {
        log(Level.DEBUG, o, t);
    }

    public void debug(final Supplier<Object> s) {
        if (isDebugEnabled()) {
            log(Level.DEBUG, s.get(), null);
        }
    }

    public void debugWithFormat(final String format, final Object... args) {
        if (isDebugEnabled()) {
            log(Level.DEBUG, String.format(format, args), null);
        }
    }

    public void info(final Object o) {
        log(Level.INFO, o, null);
    }

    public void info(final Object o, final Throwable t) {
        log(Level.INFO, o, t);
    }

    public void infoWithFormat(final String format, final Object... args) {
        log(Level.INFO, String.format(format, args), null);
    }

    public void warn(final Object o) {
        log(Level.WARNING, o, null);
    }

    public void warn(final Object o, final Throwable t) {
        log(Level.WARNING, o, t);
    }

    public void warnWithFormat(final String format, final Object... args) {
        log(Level.WARNING, String.format(format, args), null);
    }

    public void error(final Object o) {
        log(Level.ERROR, o, null);
    }

    public void error(final Object o, final Throwable t) {
        log(Level.ERROR, o, t);
    }

    public void errorWithFormat(final String format, final Object... args) {
        log(Level.ERROR, String.format(format, args), null);
    }

    public void fatal(final Object o) {
        log(Level.ERROR, o, null);
    }

    public void fatal(final Object o, final Throwable t) {
        log(Level.ERROR, o, t);
    }

    public void coding(final Object o) {
        log(Level.ERROR, o, null);
    }

    public void coding(final Object o, final Throwable t) {
        log(Level.ERROR, o, t);
    }
}
