package io.github.ladorules.cli;

import io.github.ladorules.LadoCodec;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of a JSON Lines input, read lazily. A line longer than the largest input the engine accepts is not kept:
 * its remainder is skipped and it comes back marked too long, so one endless line cannot fill the heap.
 */
final class BoundedLines implements Iterator<BoundedLines.Line> {
    /** One line's text, or null with {@code tooLong} set. */
    record Line(String text, boolean tooLong) {
    }

    private final Reader in;
    private final StringBuilder buffer = new StringBuilder();
    private Line pending;
    private boolean ended;

    BoundedLines(Reader in) {
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !ended) {
            pending = read();
        }
        return pending != null;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line line = pending;
        pending = null;
        return line;
    }

    private Line read() {
        buffer.setLength(0);
        boolean tooLong = false;
        try {
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    return line(tooLong);
                }
                if (buffer.length() < LadoCodec.MAX_INPUT_BYTES) {
                    buffer.append((char) c);
                } else {
                    tooLong = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ended = true;
        return buffer.isEmpty() && !tooLong ? null : line(tooLong);
    }

    private Line line(boolean tooLong) {
        if (tooLong) {
            return new Line(null, true);
        }
        int end = buffer.length();
        if (end > 0 && buffer.charAt(end - 1) == '\r') {
            end--;
        }
        return new Line(buffer.substring(0, end), false);
    }
}
