package io.github.ladorules.cli;

import io.github.ladorules.DeadlineExceededException;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.RulesException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.HexFormat;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into the documented exit codes and a few plain lines on stderr. Bad input names the field (2),
 * a rules error the file and line (3); anything else is a fault in lado-rules (4), printed as one line with an
 * incident id and never with the exception's message, which might quote case content. A stack trace is printed only
 * with {@code --debug}: officers need to know what to fix, not where the code was.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    private static final int MAX_LINES = 12;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        boolean debug = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || parsed.hasMatchedOption("--debug");
        return report(e, cmd.getErr(), debug);
    }

    /** Prints what went wrong and returns the exit code; also used for errors picocli does not catch. */
    static int report(Throwable e, PrintWriter err, boolean debug) {
        if (e instanceof InvalidInputException invalid) {
            err.println("lado-rules: the input was rejected; nothing was evaluated:");
            invalid.problems().stream().limit(MAX_LINES).forEach(p -> err.println("  " + TerminalText.clean(p)));
            more(err, invalid.problems().size());
        } else if (e instanceof DeadlineExceededException late) {
            err.println("lado-rules: --deadline: " + late.getMessage() + "; allow longer with --deadline SECONDS");
        } else if (e instanceof RulesException rules) {
            err.println("lado-rules: the rules could not be used:");
            rules.problems().stream().limit(MAX_LINES).forEach(p -> err.println("  " + TerminalText.clean(p)));
            more(err, rules.problems().size());
        } else {
            err.println("lado-rules: internal error " + incidentId() + " (" + e.getClass().getName()
                    + "); nothing was decided. Run again with --debug for the stack trace, and quote the id when"
                    + " reporting it.");
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode(e);
    }

    static int exitCode(Throwable e) {
        if (e instanceof InvalidInputException || e instanceof DeadlineExceededException
                || e instanceof CommandLine.ParameterException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof RulesException) {
            return ExitCodes.RULES_ERROR;
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    /** A short random id, so a report of this failure can be told apart from others. */
    private static String incidentId() {
        byte[] bytes = new byte[4];
        Incidents.RANDOM.nextBytes(bytes);
        return "LR-" + HexFormat.of().formatHex(bytes);
    }

    private static void more(PrintWriter err, int total) {
        if (total > MAX_LINES) {
            err.println("  … and " + (total - MAX_LINES) + " more");
        }
    }

    /**
     * Made on the first internal error, not when the command starts: seeding a secure random source costs about a
     * hundredth of a second of a cold start, which only a failure needs.
     */
    private static final class Incidents {
        static final SecureRandom RANDOM = new SecureRandom();
    }
}
