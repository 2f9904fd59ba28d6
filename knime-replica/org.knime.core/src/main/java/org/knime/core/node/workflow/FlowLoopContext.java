/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.workflow;

/** Marks the start of a loop on the flow stack. */
public class FlowLoopContext extends FlowScopeContext {
}
