package io.github.ladorules.internal;

import io.github.ladorules.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Turns the bytes of an input document into text, within a fixed size. The size is checked while reading, so an
 * endless source such as {@code /dev/zero} is refused after {@value #MAX_BYTES} bytes instead of filling the heap.
 * The text must be UTF-8; a leading byte-order mark (which some editors write) is dropped, the same for JSON and
 * YAML. Messages name the input and the offset of a bad byte, never its content.
 */
public final class InputText {
    /** The largest input document read, in bytes: far above the largest case the schema allows. */
    public static final int MAX_BYTES = 1 << 20;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private InputText() {
    }

    /** The text of a file, or a rejection naming the file. */
    public static String read(Path file) {
        String what = file.toString();
        if (Files.isDirectory(file)) {
            throw InvalidInputException.of("", what + " is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(readBounded(in, what), what);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of("", "no such file: " + what);
        } catch (AccessDeniedException e) {
            throw InvalidInputException.of("", "cannot read " + what + ": permission denied");
        } catch (IOException e) {
            // An I/O message names the file and the system's reason; it never holds the file's content.
            throw InvalidInputException.of("", "cannot read " + what + ": " + e.getClass().getSimpleName());
        }
    }

    /** Bytes from a stream, at most {@value #MAX_BYTES} of them. */
    public static byte[] readBounded(InputStream in, String what) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(what);
        }
        return bytes;
    }

    /** Strict UTF-8 decoding of a whole document, without a leading byte-order mark. */
    public static String decode(byte[] bytes, String what) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(what);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw InvalidInputException.of("", what + " is not UTF-8 text: the byte at offset " + in.position()
                    + " is not valid UTF-8; save it as UTF-8");
        }
        return withoutByteOrderMark(out.flip().toString());
    }

    /** Text handed over as a string: the same size limit (counted in characters) and the same byte-order mark rule. */
    public static String check(String text, String what) {
        if (text == null) {
            throw InvalidInputException.of("", what + " is missing");
        }
        if (text.length() > MAX_BYTES) {
            throw tooLarge(what);
        }
        return withoutByteOrderMark(text);
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static InvalidInputException tooLarge(String what) {
        return InvalidInputException.of("", what + " is larger than " + MAX_BYTES + " bytes (1 MiB), the most an input"
                + " may be; nothing was read past that");
    }
}
