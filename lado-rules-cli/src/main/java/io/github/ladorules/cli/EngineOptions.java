package io.github.ladorules.cli;

import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.LocalProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** Options every command that loads rules shares: which rules, and debugging. */
final class EngineOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Load editions from this directory (e.g. rules) instead of the ones built into the jar, "
                    + "so an edited rule takes effect without rebuilding.")
    Path rulesDirectory;

    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;

    @Option(names = "--deadline", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop an evaluation that takes longer than this, from 1 to 3600 (default: ${DEFAULT-VALUE}).")
    int deadlineSeconds;

    /** The rules folder the engine reads: the one given with --rules, or the copy built into the jar. */
    java.nio.file.Path rulesRoot() {
        if (rulesDirectory != null && !Files.isDirectory(rulesDirectory)) {
            throw InvalidInputException.of("--rules", rulesDirectory + " is not a directory");
        }
        return rulesDirectory != null ? rulesDirectory : io.github.ladorules.internal.EditionFiles.bundledRoot();
    }

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

    /**
     * Starts building the engine on another thread and returns the wait for it, so a single evaluation reads and
     * validates its input while the rules load: a cold start does the two at once on a machine with two cores. The
     * input is still judged first; an error building the engine is thrown as itself when the engine is asked for.
     */
    Supplier<LadoEngine> engineInBackground(ProfileOption profile) {
        CompletableFuture<LadoEngine> future = CompletableFuture.supplyAsync(
                () -> profile == null ? engine() : engine(profile));
        return () -> {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }

    private LadoEngine.Builder builder() {
        if (deadlineSeconds < 1 || deadlineSeconds > 3600) {
            throw InvalidInputException.of("--deadline", "must be a whole number of seconds from 1 to 3600");
        }
        LadoEngine.Builder builder = LadoEngine.builder().deadline(Duration.ofSeconds(deadlineSeconds));
        if (rulesDirectory != null) {
            if (!Files.isDirectory(rulesDirectory)) {
                throw InvalidInputException.of("--rules", rulesDirectory + " is not a directory");
            }
            builder.rulesDirectory(rulesDirectory);
        }
        return builder;
    }
}
