package io.github.ladorules.cli;

import io.github.ladorules.Decision;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lado-rules evaluate CASE}: the recommendation for a case, as text for a person or JSON for a machine. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a case (lado-case/1, JSON or YAML) against the edition in force on its referral date.",
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules evaluate examples/teacher-pushed-pupil.yaml",
                "  lado-rules evaluate --json --edition kcsie-2016 case.json",
                "  cat case.yaml | lado-rules evaluate --json -"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Mixin
    ProfileOption profile;

    @Parameters(paramLabel = "CASE", arity = "0..1", description = "The case file (.yaml, .yml or .json), or - for standard input.")
    Path file;

    @Option(names = "--json", description = "Print the lado-decision/1 JSON instead of text.")
    boolean json;

    @Option(names = "--edition", paramLabel = "ID",
            description = "Pin an edition (e.g. kcsie-2021) instead of choosing it by the referral date.")
    String edition;

    @Option(names = "--batch", arity = "0..1", fallbackValue = "-", paramLabel = "FILE|-",
            description = "Read JSON Lines (one lado-case/1 input a line) from FILE or stdin and write one JSON line per input, in "
                    + "order: the decision, or an error object naming the line number and the fields at fault.")
    String batch;

    @Override
    public Integer call() {
        if (batch != null) {
            LadoEngine engine = options.engine(profile);
            return BatchRun.run(batch, System.in, spec.commandLine().getOut(), line -> edition == null ? engine.evaluate(LadoCodec.readCase(line)) : engine.evaluate(LadoCodec.readCase(line), edition));
        }
        if (file == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'CASE'");
        }
        Supplier<LadoEngine> engineWhenReady = options.engineInBackground(profile);
        LadoCase lado = Inputs.readCase(file);
        LadoEngine engine = engineWhenReady.get();
        Decision decision = edition == null ? engine.evaluate(lado) : engine.evaluate(lado, edition);
        spec.commandLine().getOut().print(json ? LadoCodec.toJson(decision) : DecisionText.render(decision, lado));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
