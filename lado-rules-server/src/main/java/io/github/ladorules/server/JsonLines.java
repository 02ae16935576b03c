package io.github.ladorules.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON Lines one line at a time, holding at most {@code limit} bytes of a line: a longer line is skipped to its
 * end and reported, so one oversized line cannot exhaust memory or stop the run.
 */
final class JsonLines {
    /** One line: its number from 1, and its text, or {@code tooLong} when it passed the limit. */
    record Line(int number, String text, boolean tooLong) {
    }

    private final InputStream in;
    private final long limit;
    private int number;

    JsonLines(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, without its line break (and a CR before it); null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        long length = 0;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (length < limit) {
                buffer.write(b);
            }
            length++;
            b = in.read();
        }
        number++;
        if (length > limit) {
            return new Line(number, null, true);
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        return new Line(number, text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, false);
    }
}
