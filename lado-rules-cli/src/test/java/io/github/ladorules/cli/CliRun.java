package io.github.ladorules.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** One run of the command with its output, errors and exit code captured, as picocli recommends for tests. */
record CliRun(int exitCode, String out, String err) {
    static final Path REPOSITORY = Path.of(System.getProperty("lado.repository"));

    static CliRun of(String... args) {
        CommandLine cmd = LadoRulesCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = LadoRulesCommand.execute(cmd, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A copy of the shipped rules folder in {@code target}, leaving out the files named, for a test to edit. */
    static Path copyOfRules(Path target, String... leaveOut) {
        Path shipped = REPOSITORY.resolve("rules");
        java.util.Set<String> skip = java.util.Set.of(leaveOut);
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(shipped)) {
            for (Path from : walk.sorted().toList()) {
                Path to = target.resolve(shipped.relativize(from).toString());
                if (java.nio.file.Files.isDirectory(from)) {
                    java.nio.file.Files.createDirectories(to);
                } else if (!skip.contains(from.getFileName().toString())) {
                    java.nio.file.Files.copy(from, to);
                }
            }
            return target;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A run with {@code input} as standard input (for {@code --batch -}). */
    static CliRun withInput(String input, String... args) {
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return of(args);
        } finally {
            System.setIn(stdin);
        }
    }

    static String path(String relative) {
        return REPOSITORY.resolve(relative).toString();
    }
}
