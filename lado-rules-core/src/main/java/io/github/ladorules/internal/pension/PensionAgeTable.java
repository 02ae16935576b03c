package io.github.ladorules.internal.pension;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ladorules.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The legislated state pension age table, read from {@code state-pension-age.yaml} beside this class and checked so
 * that every date of birth has exactly one row for men and exactly one for women.
 */
final class PensionAgeTable {
    static final String RESOURCE = "state-pension-age.yaml";

    /** Who a group of rows applies to. */
    enum AppliesTo { MEN, WOMEN, EVERYONE }

    record Group(String name, AppliesTo appliesTo, String source, List<PensionAgeRow> rows) {
    }

    record TableFile(List<Group> groups) {
    }

    private final Map<StatePensionAge.Sex, List<PensionAgeRow>> rowsBySex;

    private PensionAgeTable(Map<StatePensionAge.Sex, List<PensionAgeRow>> rowsBySex) {
        this.rowsBySex = rowsBySex;
    }

    static PensionAgeTable shipped() {
        try (InputStream in = PensionAgeTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the state pension age table " + RESOURCE + " is missing from the class path");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the state pension age table " + RESOURCE, e);
        }
    }

    /** @throws IllegalStateException naming the problem when the file is malformed, or leaves a gap or overlap */
    static PensionAgeTable parse(InputStream yaml) throws IOException {
        TableFile file;
        try {
            file = Json.YAML.readValue(yaml, TableFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the state pension age table is malformed: " + e.getOriginalMessage(), e);
        }
        Map<StatePensionAge.Sex, List<PensionAgeRow>> bySex = new EnumMap<>(StatePensionAge.Sex.class);
        for (StatePensionAge.Sex sex : StatePensionAge.Sex.values()) {
            List<PensionAgeRow> rows = new ArrayList<>();
            for (Group group : file.groups()) {
                if (group.appliesTo() == AppliesTo.EVERYONE || group.appliesTo().name().equals(sex.plural())) {
                    for (PensionAgeRow row : group.rows()) {
                        String problem = row.problem();
                        if (problem != null) {
                            throw new IllegalStateException("state pension age table, group '" + group.name() + "', "
                                    + row + ": " + problem);
                        }
                        rows.add(row);
                    }
                }
            }
            rows.sort(Comparator.comparing(PensionAgeRow::bornFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
            checkContiguous(sex, rows);
            bySex.put(sex, List.copyOf(rows));
        }
        return new PensionAgeTable(bySex);
    }

    LocalDate pensionAgeDate(LocalDate dateOfBirth, StatePensionAge.Sex sex) {
        return rowsBySex.get(sex).stream().filter(r -> r.covers(dateOfBirth)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no state pension age row covers " + dateOfBirth))
                .pensionAgeDate(dateOfBirth);
    }

    /** Open at both ends, and each row starting the day after the one before ends. */
    private static void checkContiguous(StatePensionAge.Sex sex, List<PensionAgeRow> rows) {
        String who = "state pension age table for " + sex.plural().toLowerCase(java.util.Locale.ROOT) + ": ";
        if (rows.isEmpty() || rows.get(0).bornFrom() != null) {
            throw new IllegalStateException(who + "the first row must have no bornFrom, so every earlier birth is covered");
        }
        if (rows.get(rows.size() - 1).bornTo() != null) {
            throw new IllegalStateException(who + "the last row must have no bornTo, so every later birth is covered");
        }
        for (int i = 1; i < rows.size(); i++) {
            PensionAgeRow before = rows.get(i - 1);
            PensionAgeRow row = rows.get(i);
            if (before.bornTo() == null || row.bornFrom() == null || !row.bornFrom().equals(before.bornTo().plusDays(1))) {
                throw new IllegalStateException(who + "rows " + before + " and " + row
                        + " leave a gap or overlap; each row must start the day after the one before ends");
            }
        }
    }
}
