/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node;

import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Progress (fraction in [0,1] and message) and cancellation. A root monitor reports to a listener and asks a
 * cancel flag; sub-monitors add their progress, scaled by their share, to the parent (silent ones keep their
 * messages to themselves) and share the root's cancel flag.
 */
public class ExecutionMonitor {

    private final ExecutionMonitor m_parent;

    private final double m_share;

    private final boolean m_silent;

    private final BiConsumer<Double, String> m_listener;

    private final BooleanSupplier m_canceled;

    private double m_progress;

    private String m_message;

    public ExecutionMonitor() {
        this(null, null);
    }

    /** Root monitor; both arguments may be null (no listener, never canceled). */
    ExecutionMonitor(final BiConsumer<Double, String> listener, final BooleanSupplier canceled) {
        m_parent = null;
        m_share = 1;
        m_silent = false;
        m_listener = listener;
        m_canceled = canceled;
    }

    ExecutionMonitor(final ExecutionMonitor parent, final double share, final boolean silent) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("Sub-progress share must be in [0,1]: " + share);
        }
        m_parent = parent;
        m_share = share;
        m_silent = silent;
        m_listener = null;
        m_canceled = null;
    }

    public void checkCanceled() throws CanceledExecutionException {
        ExecutionMonitor root = this;
        while (root.m_parent != null) {
            root = root.m_parent;
        }
        if (root.m_canceled != null && root.m_canceled.getAsBoolean()) {
            throw new CanceledExecutionException("Execution canceled");
        }
    }

    public void setProgress(final double progress) {
        update(progress, m_message);
    }

    public void setProgress(final double progress, final String message) {
        update(progress, message);
    }

    public void setProgress(final double progress, final Supplier<String> messageSupplier) {
        update(progress, messageSupplier.get());
    }

    public void setProgress(final String message) {
        update(m_progress, message);
    }

    public void setMessage(final String message) {
        update(m_progress, message);
    }

    public void setMessage(final Supplier<String> messageSupplier) {
        update(m_progress, messageSupplier.get());
    }

    public ExecutionMonitor createSubProgress(final double maxProg) {
        return new ExecutionMonitor(this, maxProg, false);
    }

    public ExecutionMonitor createSilentSubProgress(final double maxProg) {
        return new ExecutionMonitor(this, maxProg, true);
    }

    /** Synchronized so parallel workers report consistently; locks are taken child before parent only. */
    private synchronized void update(final double progress, final String message) {
        double p = Double.isNaN(progress) ? m_progress : Math.max(0, Math.min(1, progress));
        double delta = p - m_progress;
        m_progress = p;
        m_message = message;
        if (m_parent != null) {
            m_parent.update(m_parent.m_progress + delta * m_share, m_silent ? m_parent.m_message : message);
        } else if (m_listener != null) {
            m_listener.accept(m_progress, m_message);
        }
    }
}
