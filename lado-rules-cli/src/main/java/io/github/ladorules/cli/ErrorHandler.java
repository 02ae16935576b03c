package io.github.ladorules.cli;

import io.github.ladorules.InvalidInputException;
import io.github.ladorules.RulesException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into the documented exit codes and a few plain lines on stderr. A stack trace is printed
 * only with {@code --debug}: officers need to know what to fix, not where the code was.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    private static final int MAX_LINES = 12;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean debug = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || parsed.hasMatchedOption("--debug");
        if (e instanceof InvalidInputException invalid) {
            err.println("lado-rules: the input was rejected; nothing was evaluated:");
            invalid.problems().stream().limit(MAX_LINES).forEach(p -> err.println("  " + p));
            more(err, invalid.problems().size());
        } else if (e instanceof RulesException rules) {
            err.println("lado-rules: the rules could not be used:");
            rules.problems().stream().limit(MAX_LINES).forEach(p -> err.println("  " + p));
            more(err, rules.problems().size());
        } else {
            err.println("lado-rules: unexpected error: " + e + " (run again with --debug for details)");
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode(e);
    }

    static int exitCode(Throwable e) {
        if (e instanceof InvalidInputException || e instanceof CommandLine.ParameterException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof RulesException) {
            return ExitCodes.RULES_ERROR;
        }
        return CommandLine.ExitCode.SOFTWARE;
    }

    private static void more(PrintWriter err, int total) {
        if (total > MAX_LINES) {
            err.println("  … and " + (total - MAX_LINES) + " more");
        }
    }
}
