package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A host or command can load the readers and a schema before it has anything to read, so the first read does not pay
 * for them. A fresh JVM's class-loading log is the witness: preparing loads the schema library and the validator for
 * that kind of input, not the other kind's, and reads nothing.
 */
class CodecPreparationTest {

    @ParameterizedTest(name = "preparing to read {0} loads {1} and not {2}")
    @CsvSource({"cases, CaseValidator, OutcomeValidator", "outcomes, OutcomeValidator, CaseValidator"})
    void preparingToReadOneKindOfInputLoadsItsSchemaAndNotTheOthers(String kind, String validator, String other,
                                                                    @TempDir Path dir) throws Exception {
        List<String> loaded = loadedAfter(kind, dir);
        assertThat(loaded).anyMatch(line -> line.contains(" com.networknt.schema.JsonSchemaFactory "));
        assertThat(loaded).anyMatch(line -> line.contains(" io.github.ladorules.internal." + validator + " "));
        assertThat(loaded).noneMatch(line -> line.contains(" io.github.ladorules.internal." + other + " "));
    }

    @Test
    void preparingCanBeRepeatedAndReadingStillWorks() {
        LadoCodec.prepareToReadCases();
        LadoCodec.prepareToReadCases();
        LadoCodec.prepareToReadOutcomes();
        LadoCase lado = LadoCodec.readCase(Path.of(System.getProperty("lado.repository"), "examples",
                "teacher-pushed-pupil.yaml"));
        assertThat(lado.caseRef()).isEqualTo("EX-2023-0142");
    }

    private static List<String> loadedAfter(String kind, Path dir) throws Exception {
        Path log = dir.resolve("classes.log");
        Path out = dir.resolve("out.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Prepare.class.getName(), kind)
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(java.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(java.exitValue()).as(Files.readString(out)).isZero();
        assertThat(Files.readString(out)).isEqualTo("prepared " + kind + System.lineSeparator());
        return Files.readAllLines(log);
    }

    /** Run in the fresh JVM: prepares to read one kind of input, and reads nothing. */
    static final class Prepare {
        public static void main(String[] args) {
            if (args[0].equals("cases")) {
                LadoCodec.prepareToReadCases();
            } else {
                LadoCodec.prepareToReadOutcomes();
            }
            System.out.println("prepared " + args[0]);
        }
    }
}
