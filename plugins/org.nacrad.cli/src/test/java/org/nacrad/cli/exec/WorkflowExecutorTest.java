package org.nacrad.cli.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nacrad.cli.exec.WorkflowExecutor.Edge;

class WorkflowExecutorTest {

    /** A node computing a function of its inputs; records the variables it saw. */
    private static class Fn implements NodeRuntime {
        final int inPorts;
        final java.util.function.Function<Object[], Object> f;
        List<Variable> seen = List.of();
        int runs;

        Fn(int inPorts, java.util.function.Function<Object[], Object> f) {
            this.inPorts = inPorts;
            this.f = f;
        }

        @Override
        public int dataInPorts() {
            return inPorts;
        }

        @Override
        public boolean optionalInPort(int port) {
            return false;
        }

        @Override
        public LoopRole loopRole() {
            return LoopRole.NONE;
        }

        @Override
        public Object[] execute(Object[] in, List<Variable> visible, Progress p) {
            seen = visible;
            runs++;
            return new Object[] {f.apply(in)};
        }

        @Override
        public List<Variable> pushed() {
            return List.of();
        }

        @Override
        public boolean continueLoopRequested() {
            return false;
        }

        @Override
        public void linkLoopStart(NodeRuntime start) {
        }

        @Override
        public void resetForIteration() {
        }

        @Override
        public String warning() {
            return null;
        }
    }

    /** Loop start over n iterations, pushing currentIteration; loop end collecting its input. */
    private static final class Start extends Fn {
        final int n;
        int iteration;

        Start(int n) {
            super(1, in -> in[0]);
            this.n = n;
        }

        @Override
        public LoopRole loopRole() {
            return LoopRole.START;
        }

        @Override
        public Object[] execute(Object[] in, List<Variable> visible, Progress p) {
            iteration++;
            return super.execute(in, visible, p);
        }

        @Override
        public List<Variable> pushed() {
            return List.of(new Variable("currentIteration", "INTEGER", iteration));
        }
    }

    private static final class End extends Fn {
        final List<Object> collected = new ArrayList<>();
        Start start;

        End() {
            super(1, in -> null);
        }

        @Override
        public LoopRole loopRole() {
            return LoopRole.END;
        }

        @Override
        public Object[] execute(Object[] in, List<Variable> visible, Progress p) {
            collected.add(in[0]);
            return new Object[] {List.copyOf(collected)};
        }

        @Override
        public boolean continueLoopRequested() {
            return start.iteration < start.n;
        }

        @Override
        public void linkLoopStart(NodeRuntime s) {
            start = (Start) s;
        }
    }

    @Test
    void runsInTopologicalOrderAndPassesVariables() throws Exception {
        Fn a = new Fn(0, in -> 2);
        Fn b = new Fn(1, in -> (Integer) in[0] * 10);
        Fn c = new Fn(2, in -> (Integer) in[0] + (Integer) in[1]);
        var vars = List.of(new NodeRuntime.Variable("seed", "INTEGER", 7));
        var out = new WorkflowExecutor(Map.of(3, c, 1, a, 2, b), Map.of(), List.of(new Edge(1, 0, 2, 0),
            new Edge(2, 0, 3, 0), new Edge(1, 0, 3, 1)), vars, s -> { }).run();
        assertEquals(22, out.get(3)[0]);
        assertTrue(c.seen.contains(vars.get(0)));
    }

    @Test
    void loopBodyRunsOncePerIterationAndNodesAfterTheEndOnce() throws Exception {
        Fn src = new Fn(0, in -> 5);
        Start start = new Start(3);
        Fn body = new Fn(1, in -> (Integer) in[0] + 1);
        End end = new End();
        Fn after = new Fn(1, in -> ((List<?>) in[0]).size());
        var out = new WorkflowExecutor(Map.of(1, src, 2, start, 3, body, 4, end, 5, after), Map.of(),
            List.of(new Edge(1, 0, 2, 0), new Edge(2, 0, 3, 0), new Edge(3, 0, 4, 0), new Edge(4, 0, 5, 0)),
            List.of(), s -> { }).run();
        assertEquals(3, body.runs);
        assertEquals(1, src.runs);
        assertEquals(1, after.runs);
        assertEquals(3, out.get(5)[0]);
        assertTrue(body.seen.contains(new NodeRuntime.Variable("currentIteration", "INTEGER", 3)));
    }

    @Test
    void cyclesAndUnmatchedLoopStartsAreErrors() {
        Fn a = new Fn(1, in -> 1);
        Fn b = new Fn(1, in -> 1);
        assertThrows(WorkflowExecutor.NodeFailure.class, () -> new WorkflowExecutor(Map.of(1, a, 2, b), Map.of(),
            List.of(new Edge(1, 0, 2, 0), new Edge(2, 0, 1, 0)), List.of(), s -> { }).run());
        Fn src = new Fn(0, in -> 1);
        var e = assertThrows(WorkflowExecutor.NodeFailure.class, () -> new WorkflowExecutor(
            Map.of(1, src, 2, new Start(2)), Map.of(2, "Split"), List.of(new Edge(1, 0, 2, 0)), List.of(), s -> { })
                .run());
        assertTrue(e.getMessage().contains("'Split' (#2)"), e.getMessage());
    }
}
