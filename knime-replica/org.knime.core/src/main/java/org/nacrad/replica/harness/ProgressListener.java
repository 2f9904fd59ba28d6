/*
 * NACRad — headless harness for the KNIME API replica (not part of KNIME). GPL-3.0-or-later.
 */
package org.nacrad.replica.harness;

/** Receives the root progress of an execution: fraction in [0,1] and the latest message (may be null). */
@FunctionalInterface
public interface ProgressListener {
    void progress(double fraction, String message);
}
