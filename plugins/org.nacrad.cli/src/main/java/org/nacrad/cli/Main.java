package org.nacrad.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bin/nacrad}: one entry point, one subcommand per task. Exit codes: 0 success, 2 bad input or settings
 * (with a one-line reason on stderr), 1 an internal error (with the stack trace, which is then a bug report).
 */
public final class Main {

    /** A subcommand. */
    public interface Command {
        String summary();

        /** Runs the command; returns the exit code. */
        int run(List<String> args) throws Exception;
    }

    /** Bad input or usage: exit code 2 with the message as the one-line reason. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }

        public UsageException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Map<String, Command> COMMANDS = new TreeMap<>();

    static {
        COMMANDS.put("run", new RunCommand());
        COMMANDS.put("node", new NodeCommand());
        COMMANDS.put("nodes", new NodesCommand());
        COMMANDS.put("build-workflows", new BuildWorkflowsCommand());
        COMMANDS.putAll(org.nacrad.cli.imaging.ImagingCommands.all());
        COMMANDS.put("radiomics", new org.nacrad.cli.radiomics.RadiomicsCommand());
        COMMANDS.put("main-job", new org.nacrad.cli.mainjob.MainJobCommand());
        COMMANDS.put("report", new org.nacrad.cli.report.ReportCommand());
        COMMANDS.put("deep", new org.nacrad.cli.deep.DeepCommand());
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** Runs one command line; messages for the user go to {@code err}. */
    public static int run(String[] args, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            usage(err);
            return args.length == 0 ? 2 : 0;
        }
        Command c = COMMANDS.get(args[0]);
        if (c == null) {
            err.println("nacrad: unknown command '" + args[0] + "'");
            usage(err);
            return 2;
        }
        try {
            return c.run(Arrays.asList(args).subList(1, args.length));
        } catch (UsageException e) {
            err.println("nacrad " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("nacrad " + args[0] + ": internal error: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    private static void usage(PrintStream out) {
        out.println("usage: nacrad <command> [options]   (nacrad <command> --help for its options)");
        COMMANDS.forEach((name, c) -> out.printf("  %-16s %s%n", name, c.summary()));
    }
}
