package io.github.ladorules.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ladorules.Outcome;
import io.github.ladorules.WorkingDays;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes {@code examples/records/dorset-2022-23.jsonl}: fictional records (no names, made-up refs) whose report for
 * 1 April 2022 to 31 March 2023 gives the figures of Dorset's LADO annual report 2022/23 that SPEC section 10
 * covers, and a smaller fictional year before it to compare with. Deterministic: a fixed seed, so running it again
 * gives the same file byte for byte ({@code DorsetSeedTest} checks the committed file against it).
 * {@code DorsetSeed.main} (or the test, with {@code -Dlado.regenerate=true}) rewrites the file.
 */
final class DorsetSeed {
    static final LocalDate FROM = LocalDate.of(2022, 4, 1);
    static final LocalDate TO = LocalDate.of(2023, 3, 31);
    static final LocalDate PREVIOUS_FROM = LocalDate.of(2021, 4, 1);
    static final LocalDate PREVIOUS_TO = LocalDate.of(2022, 3, 31);
    static final Path FILE = Path.of("examples", "records", "dorset-2022-23.jsonl");

    static final int CONTACTS = 492;
    static final int REFERRALS = 163;
    static final int IEM_LATE = 23;          // 163 - 140 on time
    static final int CONCLUDED = 152;        // 163 - 11 still open at the year's end (7%)
    static final int SUBSTANTIATED = 57;

    private final Random random = new Random(20230331L);
    private final List<ObjectNode> records = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path repository = args.length > 0 ? Path.of(args[0]) : Path.of(".");
        Files.writeString(repository.resolve(FILE), new DorsetSeed().text());
    }

    String text() {
        previousYear();
        referrals();
        advice(CONTACTS - REFERRALS, FROM, TO, "R-2223-A");
        StringBuilder out = new StringBuilder();
        for (ObjectNode r : records) {
            out.append(r.toString()).append('\n');
        }
        return out.toString();
    }

    /** The 163 referrals of 2022/23. */
    private void referrals() {
        List<Outcome> outcomes = outcomes();
        String[] bands = bands();
        for (int i = 0; i < REFERRALS; i++) {
            LocalDate contact = workingDayFrom(FROM.plusDays(i * 345L / REFERRALS));
            LocalDate referral = WorkingDays.dueDate(contact, i % 3 == 0 ? 1 : 0);
            boolean late = i % 7 == 3;   // 23 of 163: i = 3, 10, ..., 157
            LocalDate iem = WorkingDays.dueDate(referral, late ? 6 + i % 4 : 1 + i % 5);
            ObjectNode r = base(String.format("R-2223-%04d", i), contact, true);
            r.put("referralDate", referral.toString());
            r.put("initialEvaluationMeetingDate", iem.toString());
            if (i < CONCLUDED) {
                LocalDate outcomeDate = contact.plusDays(duration(bands[i], i, contact));
                LocalDate pam = outcomeDate.isAfter(referral.plusDays(28)) ? iem.plusDays(7) : outcomeDate;
                if (pam.isBefore(iem)) {
                    pam = iem;
                }
                Outcome outcome = outcomes.get(i);
                r.put("postAllegationMeetingDate", pam.toString());
                r.put("outcome", outcome.name());
                r.put("outcomeDate", outcomeDate.toString());
                actions(r, outcome);
            } else {
                // Open at 31 March 2023: six have had their post-allegation meeting (five of those conclude in
                // April or May 2023); five have not (the five meetings not on time).
                int open = i - CONCLUDED;
                if (open < 6) {
                    r.put("postAllegationMeetingDate", iem.plusDays(5).toString());
                }
                if (open < 5) {
                    r.put("outcome", Outcome.UNSUBSTANTIATED.name());
                    r.put("outcomeDate", TO.plusDays(20 + 7L * open).toString());
                    actions(r, Outcome.UNSUBSTANTIATED);
                }
            }
            records.add(r);
        }
        groups();
    }

    /** Which band of time to conclusion each concluded referral falls in: 88, 24, 20 and 20 of 152. */
    private static String[] bands() {
        String[] bands = new String[CONCLUDED];
        java.util.Arrays.fill(bands, "A");
        for (int k = 0; k < 20; k++) {
            bands[6 * k] = "D";        // 85 to 182 days; early in the year so they end by 31 March
            bands[6 * k + 2] = "C";    // 57 to 84 days
        }
        for (int k = 0; k < 24; k++) {
            bands[6 * k + 4] = "B";    // 29 to 56 days
        }
        return bands;
    }

    private long duration(String band, int i, LocalDate contact) {
        long left = TO.toEpochDay() - contact.toEpochDay();
        return switch (band) {
            case "A" -> 21 + i % 8;
            case "B" -> 29 + (i * 5) % 28;
            case "C" -> 57 + (i * 3) % 28;
            default -> Math.min(85 + (i * 13) % 98, left);
        };
    }

    /** 57 substantiated of 152 concluded; the rest fictional. */
    private List<Outcome> outcomes() {
        List<Outcome> list = new ArrayList<>();
        add(list, Outcome.SUBSTANTIATED, SUBSTANTIATED);
        add(list, Outcome.UNSUBSTANTIATED, 45);
        add(list, Outcome.UNFOUNDED, 22);
        add(list, Outcome.FALSE, 20);
        add(list, Outcome.MALICIOUS, 8);
        Collections.shuffle(list, random);
        return list;
    }

    /**
     * Four pairs and one group of three: adults in the same contact, with the same dates. Each member already falls
     * in the first band of time to conclusion and had its meetings on time, so sharing dates changes no figure.
     */
    private void groups() {
        int[][] groups = {{120, 121}, {126, 127}, {132, 133}, {138, 139}, {144, 145, 146}};
        String[] copied = {"contactDate", "referralDate", "initialEvaluationMeetingDate", "postAllegationMeetingDate",
                "outcomeDate"};
        for (int g = 0; g < groups.length; g++) {
            ObjectNode first = records.get(records.size() - REFERRALS + groups[g][0]);
            for (int member : groups[g]) {
                ObjectNode r = records.get(records.size() - REFERRALS + member);
                r.put("groupRef", String.format("G-2223-%02d", g + 1));
                for (String field : copied) {
                    r.set(field, first.get(field));
                }
            }
        }
    }

    /** Contacts that did not meet the threshold: advice given, no referral. */
    private void advice(int count, LocalDate from, LocalDate to, String prefix) {
        long days = to.toEpochDay() - from.toEpochDay() - 3;
        for (int i = 0; i < count; i++) {
            LocalDate contact = workingDayFrom(from.plusDays(i * days / count));
            records.add(base(String.format("%s%04d", prefix, i), contact, false));
        }
    }

    /** A smaller fictional 2021/22, every referral concluded within the year, to compare with. */
    private void previousYear() {
        for (int i = 0; i < 139; i++) {
            LocalDate contact = workingDayFrom(PREVIOUS_FROM.plusDays(i * 290L / 139));
            ObjectNode r = base(String.format("R-2122-%04d", i), contact, true);
            LocalDate iem = WorkingDays.dueDate(contact, i % 9 == 0 ? 7 : 3);
            LocalDate outcomeDate = contact.plusDays(i % 4 == 0 ? 45 : 25);
            Outcome outcome = i % 3 == 0 ? Outcome.SUBSTANTIATED : Outcome.UNSUBSTANTIATED;
            r.put("referralDate", contact.toString());
            r.put("initialEvaluationMeetingDate", iem.toString());
            r.put("postAllegationMeetingDate", outcomeDate.toString());
            r.put("outcome", outcome.name());
            r.put("outcomeDate", outcomeDate.toString());
            actions(r, outcome);
            records.add(r);
        }
        advice(292, PREVIOUS_FROM, PREVIOUS_TO, "R-2122-A");
    }

    private ObjectNode base(String ref, LocalDate contact, boolean meets) {
        ObjectNode r = Mappers.JSON.createObjectNode();
        r.put("schema", LadoRecord.SCHEMA);
        r.put("recordRef", ref);
        r.put("contactDate", contact.toString());
        r.put("referrer", pick(REFERRERS).name());
        r.put("sector", pick(SECTORS).name());
        r.put("category", pick(CATEGORIES).name());
        r.put("thresholdDecision", meets ? "MEETS" : "DOES_NOT_MEET");
        return r;
    }

    private void actions(ObjectNode r, Outcome outcome) {
        EmployerAction[] choices = outcome == Outcome.SUBSTANTIATED
                ? new EmployerAction[] {EmployerAction.DISMISSAL, EmployerAction.FINAL_WARNING,
                    EmployerAction.WRITTEN_WARNING, EmployerAction.TRAINING, EmployerAction.RESIGNED}
                : new EmployerAction[] {EmployerAction.NO_FURTHER_ACTION, EmployerAction.WORD_OF_ADVICE,
                    EmployerAction.TRAINING};
        EmployerAction first = choices[random.nextInt(choices.length)];
        var list = r.putArray("employerActions").add(first.name());
        if (first == EmployerAction.DISMISSAL) {
            list.add(EmployerAction.DBS_REFERRAL.name());
        }
    }

    private static void add(List<Outcome> list, Outcome o, int n) {
        for (int i = 0; i < n; i++) {
            list.add(o);
        }
    }

    private <E> E pick(List<E> weighted) {
        return weighted.get(random.nextInt(weighted.size()));
    }

    private static LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!WorkingDays.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Fictional weights: each value repeated as often as it should come up. */
    private static final List<Referrer> REFERRERS = weights(Referrer.SCHOOL, 8, Referrer.POLICE, 3,
            Referrer.SOCIAL_CARE, 3, Referrer.EARLY_YEARS, 2, Referrer.FOSTERING_SERVICE, 2, Referrer.HEALTH, 1,
            Referrer.PARENT_OR_CARER, 2, Referrer.OFSTED, 1, Referrer.SELF, 1, Referrer.OTHER, 1);
    private static final List<Sector> SECTORS = weights(Sector.EDUCATION, 9, Sector.EARLY_YEARS, 3,
            Sector.FOSTER_CARE, 3, Sector.RESIDENTIAL_CARE, 2, Sector.SOCIAL_CARE, 1, Sector.HEALTH, 1,
            Sector.SPORT, 1, Sector.FAITH, 1, Sector.TRANSPORT, 1, Sector.OTHER, 1);
    private static final List<Category> CATEGORIES = weights(Category.PHYSICAL, 8, Category.SEXUAL, 4,
            Category.EMOTIONAL, 3, Category.NEGLECT, 2, Category.TRANSFERABLE_RISK, 3, Category.CONDUCT, 2);

    @SuppressWarnings("unchecked")
    private static <E> List<E> weights(Object... valueThenWeight) {
        List<E> list = new ArrayList<>();
        for (int i = 0; i < valueThenWeight.length; i += 2) {
            for (int n = 0; n < (int) valueThenWeight[i + 1]; n++) {
                list.add((E) valueThenWeight[i]);
            }
        }
        return List.copyOf(list);
    }
}
