package org.nacrad.cli.exec;

import java.util.List;

/**
 * One node as the executor sees it: inputs in, outputs out, flow variables and loop control. Implemented over
 * KNIME's NodeModel by {@link KnimeNodeRuntime}; kept free of KNIME types so the scheduling logic (order, loops,
 * variable scopes) is testable on its own.
 */
public interface NodeRuntime {

    enum LoopRole { NONE, START, END }

    /** A flow variable: name, KNIME type name (STRING, INTEGER, DOUBLE) and value. */
    record Variable(String name, String type, Object value) {
    }

    /** Receives progress of the executing node (fraction in [0, 1] or NaN, and a message). */
    interface Progress {
        void report(double fraction, String message);
    }

    int dataInPorts();

    /** Whether a data input port may stay unconnected (KNIME's optional ports). */
    boolean optionalInPort(int port);

    LoopRole loopRole();

    /**
     * Executes with the given inputs (index = data port) and the flow variables visible to the node (bottom of
     * the stack first), returning one object per data output port.
     */
    Object[] execute(Object[] inputs, List<Variable> visible, Progress progress) throws Exception;

    /** Variables the node pushed in its last execution. */
    List<Variable> pushed();

    /** For a loop end after execution: whether the loop must run another iteration. */
    boolean continueLoopRequested();

    /** Tells a loop end which node starts its loop (KNIME's getLoopStartNode). */
    void linkLoopStart(NodeRuntime start);

    /** Clears results before the node runs again in a new loop iteration (loop starts keep their state). */
    void resetForIteration();

    /** The warning the node set in its last execution, or null. */
    String warning();
}
