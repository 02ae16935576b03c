package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LocalProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads a local profile file over the defaults. A {@code report:} section, if present, belongs to the service-report
 * module (bands and targets) and is left to it.
 */
public final class Profiles {
    /** The section of a profile that the lado-rules-report module reads. */
    public static final String REPORT_SECTION = "report";
    private static final Set<String> FIELDS = Set.of(
            "initialEvaluationMeetingWorkingDays", "informLadoWorkingDays", "lowLevelConcernPatternThreshold");

    private Profiles() {
    }

    public static LocalProfile read(Path file) {
        JsonNode node;
        try {
            node = Json.YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw InvalidInputException.of("profile", "cannot read " + file + ": " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw InvalidInputException.of("profile", file + " must be a YAML mapping of parameter names to numbers");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equals(REPORT_SECTION)) {
                continue;
            }
            if (!FIELDS.contains(name)) {
                throw InvalidInputException.of(name, "is not a profile parameter; parameters are " + FIELDS.stream().sorted().toList());
            }
            if (!node.get(name).canConvertToInt() || !node.get(name).isIntegralNumber()) {
                throw InvalidInputException.of(name, "must be a whole number, not " + node.get(name));
            }
        }
        ObjectNode merged = Json.JSON.valueToTree(LocalProfile.DEFAULTS);
        merged.setAll((ObjectNode) node);
        merged.remove(REPORT_SECTION);
        return Json.JSON.convertValue(merged, LocalProfile.class);
    }
}
