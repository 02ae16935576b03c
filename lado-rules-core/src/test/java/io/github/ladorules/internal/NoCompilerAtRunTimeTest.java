package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.Decision;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.OutcomeDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped editions are loaded, never compiled: a fresh JVM that evaluates the example case and classifies the
 * example outcome with the default engine loads no class of a DRL parser or compiler, of MVEL or of a Java compiler.
 * The JVM's own class-loading log is the witness.
 */
class NoCompilerAtRunTimeTest {
    /** Packages (or classes) whose loading would mean something was compiled at run time. */
    private static final List<String> COMPILING = List.of("org.eclipse.jdt.", "org.mvel2.", "org.drools.drl.parser.",
            "org.drools.compiler.builder.impl.KnowledgeBuilderImpl", "org.drools.mvel.builder.",
            "org.drools.compiler.compiler.", "org.drools.ecj.", "org.kie.memorycompiler.JavaCompiler",
            "javax.tools.ToolProvider");

    @Test
    void the_default_engine_decides_without_compiling_anything(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("classes.log");
        Path out = dir.resolve("out.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                ShippedEvaluation.class.getName(), CorpusCases.repository().toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(java.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(java.exitValue()).as(Files.readString(out)).isZero();
        assertThat(Files.readString(out)).contains("MEETS_THRESHOLD", "MALICIOUS");

        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).anyMatch(line -> line.contains("org.drools.modelcompiler.KieBaseBuilder"));
        for (String prefix : COMPILING) {
            assertThat(loaded).as(prefix).noneMatch(line -> line.contains(" " + prefix));
        }
    }

    /** Run in the fresh JVM: the example case and the example outcome, with the default engine. */
    static final class ShippedEvaluation {
        public static void main(String[] args) throws IOException {
            Path repository = Path.of(args[0]);
            LadoEngine engine = LadoEngine.builder().build();
            Decision decision = engine.evaluate(LadoCodec.readCase(repository.resolve(
                    "examples/teacher-pushed-pupil.yaml")));
            OutcomeDecision outcome = engine.classify(LadoCodec.readOutcome(repository.resolve(
                    "examples/outcome-malicious-pupil.yaml")));
            System.out.println(LadoCodec.toJson(decision));
            System.out.println(outcome.outcome());
        }
    }
}
