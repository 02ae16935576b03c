package io.github.ladorules.cli;

import io.github.ladorules.LadoCodec;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a command's result to its standard output: JSON for machines, text for people. */
final class Output {
    private Output() {
    }

    static void json(CommandSpec spec, Object value) {
        text(spec, LadoCodec.toJson(value));
    }

    static void text(CommandSpec spec, String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }
}
