package io.github.ladorules.cli;

import io.github.ladorules.LadoCodec;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lado-rules} command. It only parses arguments, calls the core API and prints. */
@Command(name = "lado-rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Decision support for designated officers (LADOs): does a concern about an adult who works "
                + "with children meet the harm threshold, and why. The designated officer makes the decision.",
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules evaluate examples/teacher-pushed-pupil.yaml",
                "  lado-rules evaluate --json - < case.json",
                "  lado-rules serve --port 8080",
                "  lado-rules help evaluate"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done",
                "1:a test failed or an expectation differs",
                "2:bad input or usage (the message names the field or option)",
                "3:a rules error (the message names the file and line)",
                "4:an internal error (one line with an incident id; the stack trace with --debug)"})
public final class LadoRulesCommand {

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(EvaluateCommand.class, OutcomeCommand.class,
            TestCommand.class, EditionsCommand.class, LintCommand.class, BookCommand.class, CitationsCommand.class,
            DiffCommand.class, ReportCommand.class, RetentionCommand.class, ServeCommand.class,
            CompletionCommand.class, CommandLine.HelpCommand.class);

    /**
     * A single evaluation or classification, the commands a person runs again and again, sets up only its own
     * subcommand: picocli reads every registered command's annotations and loads its classes up front, about a
     * fifth of a cold evaluation for the eleven commands it would not run. Everything else gets them all (the root
     * help, {@code help}, completion and "did you mean" need them).
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** What {@link #main} does, up to the exit code: the archive's training run ({@link ArchiveTraining}) calls it. */
    static int run(String... args) {
        Class<?> only = args.length > 0 && args[0].equals("evaluate") ? EvaluateCommand.class
                : args.length > 0 && args[0].equals("outcome") ? OutcomeCommand.class : null;
        if (only == EvaluateCommand.class) {
            inBackground(() -> {
                LadoCodec.prepareToReadCases();
                DecisionText.prepare();
            });
        } else if (only == OutcomeCommand.class) {
            inBackground(LadoCodec::prepareToReadOutcomes);
        }
        return execute(only == null ? commandLine() : commandLine(List.of(only)), args);
    }

    /**
     * Loads what reading the input and writing the answer will need on a second thread while picocli sets up on the
     * first: in a new JVM the readers and the schema cost about as much as picocli's set-up, and a machine with two
     * cores can do both at once. The thread is a daemon and keeps quiet: if loading fails, reading fails the same way
     * on the main thread and is reported there.
     */
    private static void inBackground(Runnable preparation) {
        Thread thread = new Thread(() -> {
            try {
                preparation.run();
            } catch (Throwable ignored) {
                // Reported by the main thread, which meets the same failure when it reads.
            }
        }, "lado-rules-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs the command. picocli turns exceptions into exit codes, but lets errors such as running out of memory
     * through; those become an internal error too, printed as one line rather than a raw trace.
     */
    static int execute(CommandLine cmd, String... args) {
        try {
            return cmd.execute(args);
        } catch (Error e) {
            return ErrorHandler.report(e, cmd.getErr(), java.util.Arrays.asList(args).contains("--debug"));
        }
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine cmd = new CommandLine(new LadoRulesCommand());
        for (Class<?> subcommand : subcommands) {
            cmd.addSubcommand(subcommand);
        }
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        return cmd;
    }
}
