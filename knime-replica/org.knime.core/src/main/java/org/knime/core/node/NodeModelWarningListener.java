/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node;

import java.util.EventListener;

/** Listener for warning changes (its callback needs KNIME's message API, not modelled by the replica). */
public interface NodeModelWarningListener extends EventListener {
}
