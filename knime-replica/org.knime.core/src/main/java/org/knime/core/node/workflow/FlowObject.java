/*
 * NACRad replica of the KNIME 5.3 API (org.knime.core 5.3). GPL-3.0-or-later. Compile/test only, never shipped.
 */
package org.knime.core.node.workflow;

/** Element of a node's flow object stack (package-private in KNIME too). */
abstract class FlowObject implements Cloneable {
}
