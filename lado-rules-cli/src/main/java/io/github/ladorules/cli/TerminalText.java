package io.github.ladorules.cli;

/**
 * Text from files (test names, paths, differences) made safe to print on a terminal: control and format characters
 * are removed, so a name cannot move the cursor, recolour the screen or hide text with an escape sequence.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String clean(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isHidden(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }
}
