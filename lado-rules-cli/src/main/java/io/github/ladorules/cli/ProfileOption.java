package io.github.ladorules.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --profile}, only on the commands whose results the local parameters change. */
final class ProfileOption {
    @Option(names = "--profile", paramLabel = "FILE",
            description = "A local profile (YAML) overriding the default parameters: initialEvaluationMeetingWorkingDays "
                    + "(5), informLadoWorkingDays (1), lowLevelConcernPatternThreshold (3).")
    Path file;
}
