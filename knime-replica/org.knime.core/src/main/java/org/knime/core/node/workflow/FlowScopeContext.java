/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.workflow;

/** Marks the start of a scope on the flow stack. */
public class FlowScopeContext extends FlowObject {
}
