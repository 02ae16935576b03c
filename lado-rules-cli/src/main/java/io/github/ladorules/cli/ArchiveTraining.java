package io.github.ladorules.cli;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.LadoEngine;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Build time only: the training run of the class-data-sharing archive (the package step runs it with
 * {@code -XX:ArchiveClassesAtExit}). The archive holds the classes one JVM loaded, and each edition's rules are
 * classes of their own, so a run of the shipped example alone left every other edition, and the outcome commands,
 * to be read from the jar: a cold evaluation under the current edition loaded 336 classes from it. This run makes,
 * in one JVM, the single runs an officer makes: an evaluation and an outcome, as text and as JSON, and both under
 * every edition, each through the command's own entry point.
 */
final class ArchiveTraining {
    private ArchiveTraining() {
    }

    /** {@code ArchiveTraining CASE OUTCOME}: fails (exit 1) if any run does not succeed, so the build stops. */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ArchiveTraining CASE OUTCOME");
        }
        List<List<String>> runs = new ArrayList<>();
        runs.add(List.of("evaluate", args[0]));
        runs.add(List.of("outcome", args[1]));
        runs.add(List.of("evaluate", "--json", args[0]));
        runs.add(List.of("outcome", "--json", args[1]));
        for (EditionInfo edition : LadoEngine.builder().build().editions()) {
            runs.add(List.of("evaluate", "--edition", edition.id(), args[0]));
            runs.add(List.of("outcome", "--edition", edition.id(), args[1]));
        }
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        for (List<String> run : runs) {
            int code = LadoRulesCommand.run(run.toArray(String[]::new));
            if (code != ExitCodes.OK) {
                System.err.println("ArchiveTraining: lado-rules " + String.join(" ", run) + " exited " + code);
                System.exit(1);
            }
        }
        System.setOut(out);
        System.out.println("ArchiveTraining: " + runs.size() + " runs of the command");
    }
}
