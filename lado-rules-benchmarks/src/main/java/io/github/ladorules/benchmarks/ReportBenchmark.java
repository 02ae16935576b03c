package io.github.ladorules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ladorules.report.Report;
import io.github.ladorules.report.ReportOptions;
import io.github.ladorules.report.ReportPeriod;
import io.github.ladorules.report.Reports;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A year of a large service: 100,000 fictional records as JSON Lines. {@code parseOnly} only parses each line into
 * a JSON tree (the baseline); {@code report} reads, validates against the schema and counts every figure. Report
 * the ratio of the two from one run. The fork's heap is capped at 128 MB to show the report streams.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx128m", "-Djava.awt.headless=true"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {
    static final int RECORDS = 100_000;
    private static final String[] REFERRERS = {"SCHOOL", "POLICE", "SOCIAL_CARE", "EARLY_YEARS", "HEALTH", "SELF"};
    private static final String[] SECTORS = {"EDUCATION", "EARLY_YEARS", "FOSTER_CARE", "SPORT", "HEALTH"};
    private static final String[] CATEGORIES = {"PHYSICAL", "SEXUAL", "EMOTIONAL", "NEGLECT", "CONDUCT"};
    private static final String[] OUTCOMES = {"SUBSTANTIATED", "UNSUBSTANTIATED", "FALSE", "UNFOUNDED", "MALICIOUS"};

    private final ObjectMapper mapper = new ObjectMapper();
    private Path file;
    private ReportOptions options;

    @Setup(Level.Trial)
    public void writeRecords() throws IOException {
        file = Files.createTempFile("lado-records-", ".jsonl");
        write(file, RECORDS);
        options = ReportOptions.of(new ReportPeriod(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31)));
    }

    @TearDown(Level.Trial)
    public void deleteRecords() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public long parseOnly() throws IOException {
        long fields = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode node = mapper.readTree(line);
                fields += node.size();
            }
        }
        return fields;
    }

    @Benchmark
    public Report report() {
        return Reports.build(List.of(file), options);
    }

    /** Fictional records over one year, a third of them referrals; fixed seed, no names. */
    static void write(Path file, int count) throws IOException {
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2022, 4, 1);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                LocalDate contact = start.plusDays(random.nextInt(360));
                StringBuilder r = new StringBuilder("{\"schema\":\"lado-record/1\",\"recordRef\":\"B-")
                        .append(i).append("\",\"contactDate\":\"").append(contact)
                        .append("\",\"referrer\":\"").append(REFERRERS[random.nextInt(REFERRERS.length)])
                        .append("\",\"sector\":\"").append(SECTORS[random.nextInt(SECTORS.length)])
                        .append("\",\"category\":\"").append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append('"');
                if (i % 3 == 0) {
                    LocalDate outcome = contact.plusDays(14 + random.nextInt(120));
                    r.append(",\"thresholdDecision\":\"MEETS\",\"referralDate\":\"").append(contact)
                            .append("\",\"initialEvaluationMeetingDate\":\"").append(contact.plusDays(2 + random.nextInt(8)))
                            .append("\",\"postAllegationMeetingDate\":\"").append(contact.plusDays(14 + random.nextInt(20)))
                            .append("\",\"outcome\":\"").append(OUTCOMES[random.nextInt(OUTCOMES.length)])
                            .append("\",\"outcomeDate\":\"").append(outcome).append("\",\"employerActions\":[\"TRAINING\"]");
                } else {
                    r.append(",\"thresholdDecision\":\"DOES_NOT_MEET\"");
                }
                out.write(r.append("}\n").toString());
            }
        }
    }

    /** Writes the same records for a timed run of the CLI: {@code java ... ReportBenchmark FILE}. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : RECORDS);
    }
}
