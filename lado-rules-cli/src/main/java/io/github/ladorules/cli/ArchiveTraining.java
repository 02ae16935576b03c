package io.github.ladorules.cli;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.LadoEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build time only: the training run of the class-data-sharing archive (the package step runs it with
 * {@code -XX:ArchiveClassesAtExit}). The archive holds the classes one JVM loaded, and each edition's rules are
 * classes of their own, so a run of the shipped example alone left every other edition, and the outcome commands,
 * to be read from the jar: a cold evaluation under the current edition loaded 336 classes from it. This run makes,
 * in one JVM, the single runs an officer makes: an evaluation and an outcome, as text and as JSON, and both under
 * every edition; a case on standard input; a case refused as bad input; and what an officer tries first: the
 * usage, a command's help, the version, the list of editions and a misspelt command. Each goes through the command's
 * own entry point.
 */
final class ArchiveTraining {
    /** Valid JSON, but not a case: refused with the fields it lacks, as an officer's first draft often is. */
    private static final String REFUSED = "{\"schema\": \"lado-case/1\"}";

    private ArchiveTraining() {
    }

    /** One run of the command, and the exit code it must end with. */
    private record Run(List<String> args, int exitCode) {
        Run(String... args) {
            this(List.of(args), ExitCodes.OK);
        }
    }

    /** {@code ArchiveTraining CASE OUTCOME}: fails (exit 1) if any run ends otherwise, so the build stops. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ArchiveTraining CASE OUTCOME");
        }
        Path refused = Files.createTempFile("lado-rules-training", ".json");
        try {
            Files.writeString(refused, REFUSED);
            List<Run> runs = new ArrayList<>();
            runs.add(new Run("evaluate", args[0]));
            runs.add(new Run("outcome", args[1]));
            runs.add(new Run("evaluate", "--json", args[0]));
            runs.add(new Run("outcome", "--json", args[1]));
            runs.add(new Run("evaluate", Inputs.STDIN));
            runs.add(new Run(List.of("evaluate", refused.toString()), ExitCodes.BAD_INPUT));
            runs.add(new Run("--help"));
            runs.add(new Run("--version"));
            runs.add(new Run("editions"));
            runs.add(new Run("evaluate", "--help"));
            runs.add(new Run("help", "outcome"));
            runs.add(new Run(List.of("evalute", args[0]), ExitCodes.BAD_INPUT));
            for (EditionInfo edition : LadoEngine.builder().build().editions()) {
                runs.add(new Run("evaluate", "--edition", edition.id(), args[0]));
                runs.add(new Run("outcome", "--edition", edition.id(), args[1]));
            }
            train(runs, Files.readAllBytes(Path.of(args[0])));
            System.out.println("ArchiveTraining: " + runs.size() + " runs of the command");
        } finally {
            Files.deleteIfExists(refused);
        }
    }

    /** Makes the runs with their output thrown away and the case on standard input. */
    private static void train(List<Run> runs, byte[] standardInput) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        try {
            System.setOut(nowhere);
            System.setErr(nowhere);
            for (Run run : runs) {
                System.setIn(new ByteArrayInputStream(standardInput));
                int code = LadoRulesCommand.run(run.args().toArray(String[]::new));
                if (code != run.exitCode()) {
                    err.println("ArchiveTraining: lado-rules " + String.join(" ", run.args()) + " exited " + code
                            + ", not " + run.exitCode());
                    System.exit(1);
                }
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }
}
