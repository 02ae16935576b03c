package io.github.ladorules.internal.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads the one-off bank holiday changes shipped as
 * {@code io/github/ladorules/internal/calendar/bank-holidays-england-wales.yaml}.
 *
 * <p>The changes are data so that a new proclamation (a jubilee, a coronation, a state funeral) is a
 * reviewed edit to a cited list, not a code change.
 */
final class OneOffChanges {

    static final String RESOURCE = "bank-holidays-england-wales.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            // A misspelt key such as "replace:" must fail loudly, not silently turn a move into an extra day.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private OneOffChanges() {
    }

    /** The file's layout: one list under {@code changes}. */
    record ChangesFile(List<OneOffChange> changes) {
        ChangesFile {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }

    /**
     * Loads the changes shipped with the library.
     *
     * @throws IllegalStateException if the file is missing or malformed
     */
    static List<OneOffChange> shipped() {
        try (InputStream in = OneOffChanges.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bank holiday data file " + RESOURCE
                        + " is missing from the classpath next to " + OneOffChanges.class.getName());
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bank holiday data file " + RESOURCE, e);
        }
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    /**
     * Parses a changes file.
     *
     * @throws IllegalStateException naming the problem if the YAML does not match the expected layout
     * @throws UncheckedIOException if the stream cannot be read
     */
    static List<OneOffChange> parse(InputStream yaml) {
        try {
            return YAML.readValue(yaml, ChangesFile.class).changes();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The bank holiday data file " + RESOURCE + " is malformed: "
                    + e.getOriginalMessage() + locationOf(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bank holiday data file " + RESOURCE, e);
        }
    }
}
