package io.github.ladorules.cli;

import io.github.ladorules.EditionInfo;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lado-rules editions}: which editions there are, when each is in force, and the hash of its rules. */
@Command(name = "editions", mixinStandardHelpOptions = true,
        description = "List the editions of the rules with their dates, versions and SHA-256 of their rule files.",
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules editions", "  lado-rules editions --json --rules rules"})
final class EditionsCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Option(names = "--json", description = "Print {\"editions\": [...]} as JSON, as GET /v1/editions does.")
    boolean json;

    @Override
    public Integer call() {
        if (json) {
            Output.json(spec, java.util.Map.of("editions", options.engine().editions()));
            return ExitCodes.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (EditionInfo e : options.engine().editions()) {
            out.printf("%-11s %s to %s  version %s%n", e.id(), e.inForceFrom(),
                    e.inForceUntil() == null ? "now       " : e.inForceUntil(), e.version());
            out.printf("            %s%n", e.title());
            out.printf("            rules sha256 %s%n", e.rulesSha256());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
