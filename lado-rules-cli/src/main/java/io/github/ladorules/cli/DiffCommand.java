package io.github.ladorules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.Action;
import io.github.ladorules.Decision;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.Reason;
import io.github.ladorules.SubjectDecision;
import io.github.ladorules.internal.Documents;
import io.github.ladorules.internal.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lado-rules diff --from A --to B CASES}: which decisions and reasons change between two editions. A rule keeps its
 * id in every edition, so reasons are compared by id and only real changes are listed.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Evaluate cases under two editions and show which results and reasons change.",
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules diff --from kcsie-2016 --to kcsie-2021 test-cases/kcsie-2016",
                "  lado-rules diff --json --from kcsie-2021 --to kcsie-2023 - < case.yaml"})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Mixin
    ProfileOption profile;

    @Option(names = "--json", description = "Print the changes as JSON.")
    boolean json;

    @Option(names = "--from", required = true, paramLabel = "EDITION", description = "The earlier edition.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "EDITION", description = "The later edition.")
    String to;

    @Parameters(paramLabel = "CASES", arity = "1..*", description = "Case files, folders of .yaml/.json cases, or - for one case on standard input.")
    List<Path> paths;

    @Override
    public Integer call() {
        LadoEngine engine = options.engine(profile);
        List<Changed> changes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int compared = 0;
        for (Path file : files()) {
            Optional<LadoCase> lado = Inputs.isStdin(file) ? Optional.of(Inputs.readCase(file)) : readCase(file, skipped);
            if (lado.isEmpty()) {
                continue;
            }
            List<String> lines;
            try {
                lines = differences(engine.evaluate(lado.get(), from), engine.evaluate(lado.get(), to));
            } catch (InvalidInputException e) {
                skipped.add(file + ": not evaluated, the case is invalid (" + fields(e) + ")");
                continue;
            }
            compared++;
            if (!lines.isEmpty()) {
                changes.add(new Changed(file.toString(), lado.get().caseRef(), lines));
            }
        }
        if (json) {
            Output.json(spec, new Report(from, to, compared, changes, skipped));
            return ExitCodes.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Changed c : changes) {
            out.println(c.file() + " (case " + c.caseRef() + "):");
            c.changes().forEach(l -> out.println("  " + l));
        }
        skipped.forEach(s -> out.println("skipped " + s));
        out.printf("%d of %d cases change from %s to %s%s%n", changes.size(), compared, from, to,
                skipped.isEmpty() ? "" : "; " + skipped.size() + " files skipped");
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The case in a file: a lado-case/1 document, or the {@code case} of a test case. An outcome, or a file that
     * is neither, is skipped with a note naming it, so one folder of mixed files can be compared whole.
     */
    private static Optional<LadoCase> readCase(Path file, List<String> skipped) {
        JsonNode node;
        try {
            node = Documents.read(file);
        } catch (InvalidInputException e) {
            skipped.add(file + ": cannot be read as YAML or JSON");
            return Optional.empty();
        }
        JsonNode lado = node.has("case") && node.get("case").isObject() ? node.get("case") : node;
        String schema = lado.path("schema").asText("");
        if (schema.equals("lado-outcome/1") || node.has("investigation")) {
            skipped.add(file + ": an outcome, not a concern (compare outcomes with lado-rules outcome)");
            return Optional.empty();
        }
        if (!schema.equals("lado-case/1")) {
            skipped.add(file + ": not a lado-case/1 case or a test case");
            return Optional.empty();
        }
        try {
            return Optional.of(LadoCodec.readCase(Json.JSON.writeValueAsString(lado)));
        } catch (InvalidInputException e) {
            skipped.add(file + ": not evaluated, the case is invalid (" + fields(e) + ")");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            skipped.add(file + ": cannot be read");
            return Optional.empty();
        }
    }

    private static String fields(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.Problem::field).distinct()
                .collect(Collectors.joining(", "));
    }

    /** One case whose result changes, and how. */
    record Changed(String file, String caseRef, List<String> changes) {
    }

    /** Every case compared, those that change, and the files skipped with why. */
    record Report(String from, String to, int cases, List<Changed> changed, List<String> skipped) {
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Inputs.isStdin(p)) {
                files.add(p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw InvalidInputException.of("CASES", "cannot read " + p + ": " + e.getMessage());
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static List<String> differences(Decision a, Decision b) {
        List<String> lines = new ArrayList<>();
        if (a.recommendation() != b.recommendation()) {
            lines.add("recommendation: " + a.recommendation() + " -> " + b.recommendation());
        }
        for (SubjectDecision x : a.subjects()) {
            SubjectDecision y = b.subject(x.ref()).orElseThrow();
            String who = "adult " + x.ref() + " ";
            compare(lines, who + "recommendation", x.recommendation(), y.recommendation());
            compare(lines, who + "tier", x.tier(), y.tier());
            compare(lines, who + "criteria", x.criteria(), y.criteria());
            compare(lines, who + "route", x.route(), y.route());
            compare(lines, who + "actions", codes(x.actions()), codes(y.actions()));
            Set<String> before = ruleIds(x.reasons());
            Set<String> after = ruleIds(y.reasons());
            Set<String> gone = new TreeSet<>(before);
            gone.removeAll(after);
            Set<String> added = new TreeSet<>(after);
            added.removeAll(before);
            if (!gone.isEmpty()) {
                lines.add(who + "reasons no longer given: " + gone);
            }
            if (!added.isEmpty()) {
                lines.add(who + "new reasons: " + added);
            }
        }
        return lines;
    }

    private static void compare(List<String> lines, String what, Object before, Object after) {
        if (!before.equals(after)) {
            lines.add(what + ": " + before + " -> " + after);
        }
    }

    private static Set<Object> codes(List<Action> actions) {
        return actions.stream().map(Action::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> ruleIds(List<Reason> reasons) {
        return reasons.stream().map(Reason::rule)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
