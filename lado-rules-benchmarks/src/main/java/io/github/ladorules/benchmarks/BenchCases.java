package io.github.ladorules.benchmarks;

import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The cases the benchmarks evaluate. An "entry" is one concern about one child: entries share at most 20 adults (the
 * schema's limit) and each may leave three facts unknown (the injury, and whether the child is disabled or has SEND,
 * or is looked after). Generated batch cases are simple (one adult, one concern, every fact known) and reproducible.
 */
final class BenchCases {
    static final String[] INDICATORS = {"PHY_ASSAULT", "PHY_ROUGH_HANDLING", "PHY_RESTRAINT_UNAUTHORISED",
            "LLC_OVER_FRIENDLY", "LLC_FAVOURITISM", "EMO_PERSISTENT", "NEG_SUPERVISION", "CONDUCT_OTHER",
            "SEX_CONTACT", "TR_DOMESTIC_ABUSE"};
    static final String[] ROLES = {"TEACHER", "TEACHING_ASSISTANT", "SPORTS_COACH", "YOUTH_WORKER", "FOSTER_CARER"};
    static final String[] SETTINGS = {"SCHOOL", "COLLEGE", "SPORT", "YOUTH_SERVICE", "FOSTERING"};

    /** The optional facts of an adult and of a concern, known, so a case "fully known" leaves nothing to try. */
    private static final String KNOWN_SUBJECT = "\"suppliedByAgency\":false,\"hasCurrentEmployer\":true";
    private static final String KNOWN_CHILD = "\"placedByAnotherAuthority\":false";
    private static final String KNOWN_CONCERN = "\"childrenInHouseholdSawOrHeard\":false,\"sexualContent\":false,"
            + "\"secrecyRequested\":false";

    private BenchCases() {
    }

    /** The worked example shipped in {@code examples/} (run the benchmarks from the repository root). */
    static LadoCase example() {
        return LadoCodec.readCase(Path.of(System.getProperty("lado.repository", "."))
                .resolve("examples/teacher-pushed-pupil.yaml"));
    }

    /** The worked example with its one unknown fact answered, so no trial is needed. */
    static LadoCase exampleFullyKnown() {
        try {
            String text = Files.readString(Path.of(System.getProperty("lado.repository", "."))
                    .resolve("examples/teacher-pushed-pupil.yaml"));
            return LadoCodec.readCase(text.replace("significantHarmSuspected: null", "significantHarmSuspected: true")
                    .replace("    lookedAfter: false\n", "    lookedAfter: false\n    placedByAnotherAuthority: false\n")
                    .replace("    priorReferrals: 0\n", "    priorReferrals: 0\n    suppliedByAgency: false\n"
                            + "    hasCurrentEmployer: true\n")
                    .replace("    injury: true\n", "    injury: true\n    childrenInHouseholdSawOrHeard: false\n"
                            + "    sexualContent: false\n    secrecyRequested: false\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case of {@code entries} concerns, each about its own child, with three facts unknown per entry or none. */
    static LadoCase entries(int entries, boolean unknowns) {
        StringBuilder y = new StringBuilder("{\"schema\":\"lado-case/1\",\"caseRef\":\"BENCH-" + entries
                + "\",\"referralDate\":\"2024-02-14\",\"subjects\":[");
        int adults = Math.min(entries, 20);
        for (int a = 0; a < adults; a++) {
            y.append(a == 0 ? "" : ",").append("{\"ref\":\"A").append(a).append("\",\"role\":\"")
                    .append(ROLES[a % ROLES.length]).append("\",\"setting\":\"").append(SETTINGS[a % SETTINGS.length])
                    .append("\",\"engagement\":\"EMPLOYED\",\"worksWithChildren\":true,\"currentlyInRole\":true,"
                            + "\"regulatedActivity\":true,\"otherRolesWithChildren\":false,"
                            + "\"priorLowLevelConcerns\":").append(a % 4).append(",\"priorReferrals\":0,")
                    .append(KNOWN_SUBJECT).append("}");
        }
        y.append("],\"children\":[");
        for (int e = 0; e < entries; e++) {
            y.append(e == 0 ? "" : ",").append("{\"ref\":\"C").append(e).append("\",\"ageAtIncident\":")
                    .append(4 + e % 12).append(unknowns ? "" : ",\"disabledOrSend\":false,\"lookedAfter\":false")
                    .append(",").append(KNOWN_CHILD).append("}");
        }
        y.append("],\"concerns\":[");
        for (int e = 0; e < entries; e++) {
            y.append(e == 0 ? "" : ",").append("{\"subject\":\"A").append(e % adults).append("\",\"children\":[\"C")
                    .append(e).append("\"],\"indicator\":\"").append(INDICATORS[e % INDICATORS.length])
                    .append("\",\"context\":\"AT_WORK\",\"incidentDate\":\"2024-02-12\"")
                    .append(unknowns ? "" : ",\"injury\":false").append(",").append(KNOWN_CONCERN).append("}");
        }
        y.append("],\"circumstances\":{\"childInImmediateDanger\":false,\"significantHarmSuspected\":false,"
                + "\"evidenceShowsCouldNotHaveHappened\":false}}");
        return LadoCodec.readCase(y.toString());
    }

    /** {@code count} simple, fully known cases as JSON lines, generated lazily from a seed. */
    static Stream<String> simpleLines(long seed, long count) {
        SplittableRandom random = new SplittableRandom(seed);
        return Stream.iterate(0L, i -> i + 1).limit(count).map(i -> simpleLine(i, random.split()));
    }

    private static String simpleLine(long number, SplittableRandom r) {
        return "{\"schema\":\"lado-case/1\",\"caseRef\":\"G-" + number + "\",\"referralDate\":\"2024-0"
                + (1 + r.nextInt(9)) + "-1" + r.nextInt(10) + "\",\"subjects\":[{\"ref\":\"A\",\"role\":\""
                + ROLES[r.nextInt(ROLES.length)] + "\",\"setting\":\"" + SETTINGS[r.nextInt(SETTINGS.length)]
                + "\",\"engagement\":\"EMPLOYED\",\"worksWithChildren\":true,\"currentlyInRole\":" + r.nextBoolean()
                + ",\"regulatedActivity\":true,\"otherRolesWithChildren\":" + r.nextBoolean()
                + ",\"priorLowLevelConcerns\":" + r.nextInt(5) + ",\"priorReferrals\":0," + KNOWN_SUBJECT + "}],"
                + "\"children\":[{\"ref\":\"C\",\"ageAtIncident\":" + r.nextInt(18) + ",\"disabledOrSend\":"
                + r.nextBoolean() + ",\"lookedAfter\":" + r.nextBoolean() + "," + KNOWN_CHILD + "}],"
                + "\"concerns\":[{\"subject\":\"A\",\"children\":[\"C\"],\"indicator\":\""
                + INDICATORS[r.nextInt(INDICATORS.length)] + "\",\"context\":\"AT_WORK\","
                + "\"incidentDate\":\"2023-12-01\",\"injury\":" + r.nextBoolean() + "," + KNOWN_CONCERN + "}],"
                + "\"circumstances\":{\"childInImmediateDanger\":false,\"significantHarmSuspected\":"
                + r.nextBoolean() + ",\"evidenceShowsCouldNotHaveHappened\":false}}";
    }
}
