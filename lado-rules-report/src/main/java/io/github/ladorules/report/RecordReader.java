package io.github.ladorules.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.InvalidInputException.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code lado-record/1} records from a file, one at a time, and hands each to a sink: valid records, or the
 * line and fields of a bad one. The format follows the file name: {@code .csv}; {@code .yaml}/{@code .yml} (a list
 * of records); {@code .json} (an array, or one record after another); anything else is read as JSON Lines.
 *
 * <p>A bad record is skipped and reported; a file that cannot be parsed past some point (broken JSON or YAML in an
 * array) stops with {@link InvalidInputException}, naming the line but not the text there.
 */
public final class RecordReader {
    private RecordReader() {
    }

    /** Reads every record of a file into the sink. */
    public static void read(Path file, RecordSink sink) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String label = file.toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (name.endsWith(".csv")) {
                CsvRecords.read(in, label, sink);
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                stream(Mappers.YAML, in, label, sink, "YAML");
            } else if (name.endsWith(".json")) {
                stream(Mappers.JSON, in, label, sink, "JSON");
            } else {
                lines(in, label, sink);
            }
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of("RECORDS", "no such file: " + label);
        } catch (IOException e) {
            throw InvalidInputException.of("RECORDS", "cannot read " + label);
        }
    }

    /** Reads every record of several files, in order. */
    public static void read(List<Path> files, RecordSink sink) {
        files.forEach(f -> read(f, sink));
    }

    /** JSON Lines: each line is parsed on its own, so one broken line costs only its record. */
    private static void lines(BufferedReader in, String label, RecordSink sink) throws IOException {
        String text;
        int line = 0;
        while ((text = in.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = Mappers.JSON.readTree(text);
            } catch (JsonProcessingException e) {
                sink.reject(new RejectedRecord(label, line, List.of(new Problem("", "is not valid JSON"))));
                continue;
            }
            deliver(node, label, line, sink);
        }
    }

    /** A JSON array or YAML list of records (or one record after another), read element by element. */
    private static void stream(ObjectMapper mapper, Reader in, String label, RecordSink sink, String format)
            throws IOException {
        JsonParser p = mapper.getFactory().createParser(in);
        int line = 1;
        try (p) {
            JsonToken token = p.nextToken();
            boolean array = token == JsonToken.START_ARRAY;
            if (array) {
                token = p.nextToken();
            }
            while (token != null && token != JsonToken.END_ARRAY) {
                line = p.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(p);
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    deliver(node, label, line, sink);
                }
                token = p.nextToken();
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw InvalidInputException.of("RECORDS", label + ", line " + at + ": not valid " + format
                    + "; the records after this point could not be read");
        }
    }

    static void deliver(JsonNode node, String label, int line, RecordSink sink) {
        RecordValidator.Result result = RecordValidator.validate(node);
        if (result.record() != null) {
            sink.accept(result.record());
        } else {
            sink.reject(new RejectedRecord(label, line, result.problems()));
        }
    }
}
