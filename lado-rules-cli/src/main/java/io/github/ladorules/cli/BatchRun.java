package io.github.ladorules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ladorules.DeadlineExceededException;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoBatch;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.RulesException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * {@code --batch}: JSON Lines in, one JSON line out for each line in, in input order, on every core. A line that
 * cannot be decided becomes an error object naming its line number and the fields at fault, never the line's content;
 * the run goes on. The exit code is the worst of the lines' (0 when every line was decided).
 */
final class BatchRun {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private BatchRun() {
    }

    /** Runs {@code decide} (parse one line and decide it) over the lines of a file, or of stdin for "-". */
    static int run(String source, InputStream stdin, PrintWriter out, Function<String, Object> decide) {
        int[] worst = {ExitCodes.OK};
        try (InputStream in = "-".equals(source) ? stdin : Files.newInputStream(Path.of(source));
             Stream<BoundedLines.Line> lines = StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                     new BoundedLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)),
                     Spliterator.ORDERED), false);
             Stream<LadoBatch.Item<String>> results = LadoBatch.map(lines, line -> {
                 if (line.tooLong()) {
                     throw InvalidInputException.of("", "the line is longer than " + LadoCodec.MAX_INPUT_BYTES
                             + " characters, the most one input may have");
                 }
                 return LadoCodec.toJsonLine(decide.apply(line.text()));
             }, LadoBatch.workers())) {
            results.forEach(item -> {
                if (item.ok()) {
                    out.println(item.value());
                } else {
                    out.println(LadoCodec.toJsonLine(error(item.index() + 1, item.error())));
                    worst[0] = Math.max(worst[0], ErrorHandler.exitCode(item.error()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return worst[0];
    }

    /** The error object for one line: what kind of failure, and the fields or rules at fault, never case content. */
    static ObjectNode error(long line, RuntimeException e) {
        ObjectNode error = F.objectNode();
        error.put("line", line);
        ArrayNode problems = F.arrayNode();
        if (e instanceof InvalidInputException invalid) {
            error.put("error", "invalid-input");
            invalid.problems().forEach(p -> problems.addObject().put("field", p.field()).put("message", p.message()));
        } else if (e instanceof RulesException rules) {
            error.put("error", "rules");
            rules.problems().forEach(p -> problems.addObject().put("file", p.file()).put("line", p.line())
                    .put("message", p.message()));
        } else if (e instanceof DeadlineExceededException late) {
            error.put("error", "deadline");
            problems.addObject().put("field", "").put("message", late.getMessage());
        } else {
            // Another exception's message might quote the input, so only its kind is given.
            error.put("error", "internal");
            problems.addObject().put("field", "").put("message", "internal error (" + e.getClass().getName() + ")");
        }
        error.set("problems", problems);
        return error;
    }
}
