package io.github.ladorules.cli;

import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.LocalProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that loads rules shares: which rules, and debugging. */
final class EngineOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Load editions from this directory (e.g. rules) instead of the ones built into the jar, "
                    + "so an edited rule takes effect without rebuilding.")
    Path rulesDirectory;

    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;

    LadoEngine engine() {
        return builder().build();
    }

    LadoEngine engine(ProfileOption profile) {
        LadoEngine.Builder builder = builder();
        if (profile.file != null) {
            builder.profile(LocalProfile.read(profile.file));
        }
        return builder.build();
    }

    private LadoEngine.Builder builder() {
        LadoEngine.Builder builder = LadoEngine.builder();
        if (rulesDirectory != null) {
            if (!Files.isDirectory(rulesDirectory)) {
                throw InvalidInputException.of("--rules", rulesDirectory + " is not a directory");
            }
            builder.rulesDirectory(rulesDirectory);
        }
        return builder;
    }
}
