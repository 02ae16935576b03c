package io.github.ladorules.cli;

import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.OutcomeCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Input files, where {@code -} means standard input (JSON if it starts with '{', YAML otherwise). */
final class Inputs {
    static final String STDIN = "-";

    private Inputs() {
    }

    static boolean isStdin(Path file) {
        return file.toString().equals(STDIN);
    }

    static LadoCase readCase(Path file) {
        return isStdin(file) ? LadoCodec.readCase(stdin()) : LadoCodec.readCase(file);
    }

    static OutcomeCase readOutcome(Path file) {
        return isStdin(file) ? LadoCodec.readOutcome(stdin()) : LadoCodec.readOutcome(file);
    }

    static String stdin() {
        try {
            InputStream in = System.in;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InvalidInputException.of("-", "standard input could not be read: " + e.getClass().getSimpleName());
        }
    }
}
