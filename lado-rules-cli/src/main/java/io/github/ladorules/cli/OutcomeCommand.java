package io.github.ladorules.cli;

import io.github.ladorules.Consequences;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.OutcomeCase;
import io.github.ladorules.OutcomeDecision;
import io.github.ladorules.Reason;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lado-rules outcome FILE}: classify a finished investigation and say what must follow. */
@Command(name = "outcome", mixinStandardHelpOptions = true,
        description = "Classify a finished investigation (lado-outcome/1, JSON or YAML) into the edition's outcome "
                + "definitions and list what follows: records, references, DBS and TRA referrals, actions.",
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules outcome examples/outcome-malicious-pupil.yaml",
                "  lado-rules outcome --json --edition kcsie-2016 outcome.json",
                "  lado-rules outcome --json - < outcome.yaml"})
final class OutcomeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The outcome file (.yaml, .yml or .json), or - for standard input.")
    Path file;

    @Option(names = "--json", description = "Print the lado-outcome-decision/1 JSON instead of text.")
    boolean json;

    @Option(names = "--edition", paramLabel = "ID", description = "Pin an edition instead of choosing it by date.")
    String edition;

    @Option(names = "--batch", arity = "0..1", fallbackValue = "-", paramLabel = "FILE|-",
            description = "Read JSON Lines (one lado-outcome/1 input a line) from FILE or stdin and write one JSON line per input, in "
                    + "order: the decision, or an error object naming the line number and the fields at fault.")
    String batch;

    @Override
    public Integer call() {
        if (batch != null) {
            LadoEngine engine = options.engine();
            return BatchRun.run(batch, System.in, spec.commandLine().getOut(), line -> edition == null ? engine.classify(LadoCodec.readOutcome(line)) : engine.classify(LadoCodec.readOutcome(line), edition));
        }
        if (file == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
        }
        Supplier<LadoEngine> engineWhenReady = options.engineInBackground(null);
        OutcomeCase outcome = Inputs.readOutcome(file);
        LadoEngine engine = engineWhenReady.get();
        OutcomeDecision d = edition == null ? engine.classify(outcome) : engine.classify(outcome, edition);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? LadoCodec.toJson(d) : text(d));
        out.flush();
        return ExitCodes.OK;
    }

    private static String text(OutcomeDecision d) {
        Consequences c = d.consequences();
        StringBuilder out = new StringBuilder();
        out.append("OUTCOME: ").append(d.outcome()).append("  (case ").append(d.caseRef()).append(")\n");
        out.append("Edition ").append(d.edition().id()).append(' ').append(d.edition().version()).append('\n');
        out.append(d.notice()).append("\n\n");
        out.append("Definition: ").append(d.definition().text()).append('\n');
        out.append("  ").append(DecisionText.cite(d.definition().cite())).append("\n\n");
        out.append("What follows:\n");
        out.append("  Personnel record:     ").append(c.personnelRecord())
                .append(c.retainUntil() == null ? "" : ", keep until " + c.retainUntil()).append('\n');
        out.append("  Mention in references: ").append(c.mentionInReferences() ? "yes" : "no").append('\n');
        out.append("  DBS referral:         ").append(c.dbsReferral()).append('\n');
        out.append("  TRA referral:         ").append(c.traReferral()).append('\n');
        out.append("  Actions:              ").append(c.actions().isEmpty() ? "none" : c.actions()).append("\n\n");
        out.append("Why:\n");
        for (Reason r : d.reasons()) {
            out.append("  - ").append(r.text()).append('\n');
            out.append("    [").append(r.rule()).append("] ").append(DecisionText.cite(r.cite())).append('\n');
        }
        return out.toString();
    }
}
