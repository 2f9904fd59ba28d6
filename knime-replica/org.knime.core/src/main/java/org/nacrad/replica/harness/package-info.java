/*
 * NACRad — headless harness for the KNIME API replica (not part of KNIME). GPL-3.0-or-later.
 */
/**
 * Drives NodeModels the way KNIME's workflow manager does, for the headless runner and node tests: settings
 * through the node itself, configure/execute with flow variables, progress and cancel, loop re-execution, and
 * port-object files. Lives in the replica bundle because it reaches NodeModel internals reflectively; it is
 * never shipped.
 */
package org.nacrad.replica.harness;
