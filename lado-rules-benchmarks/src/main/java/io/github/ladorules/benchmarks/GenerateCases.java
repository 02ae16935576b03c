package io.github.ladorules.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@code N} generated simple cases as JSON Lines to stdout, for a timed {@code --batch} run:
 * {@code java -cp lado-rules-benchmarks/target/benchmarks.jar io.github.ladorules.benchmarks.GenerateCases 1000000}.
 */
public final class GenerateCases {
    private GenerateCases() {
    }

    public static void main(String[] args) throws IOException {
        long count = Long.parseLong(args[0]);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
                1 << 16)) {
            BenchCases.simpleLines(1, count).forEach(line -> {
                try {
                    out.write(line);
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
