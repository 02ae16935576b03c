package io.github.ladorules.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lado-rules} command. It only parses arguments, calls the core API and prints. */
@Command(name = "lado-rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Decision support for designated officers (LADOs): does a concern about an adult who works "
                + "with children meet the harm threshold, and why. The designated officer makes the decision.",
        subcommands = {EvaluateCommand.class, OutcomeCommand.class, TestCommand.class, EditionsCommand.class,
                LintCommand.class, BookCommand.class, DiffCommand.class, ServeCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules evaluate examples/teacher-pushed-pupil.yaml",
                "  lado-rules evaluate --json - < case.json",
                "  lado-rules serve --port 8080",
                "  lado-rules help evaluate"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done",
                "1:a test failed or an expectation differs",
                "2:bad input or usage (the message names the field)",
                "3:a rules error (the message names the file and line)"})
public final class LadoRulesCommand {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new LadoRulesCommand());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        return cmd;
    }
}
