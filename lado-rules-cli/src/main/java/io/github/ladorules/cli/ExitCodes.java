package io.github.ladorules.cli;

/** The documented exit codes. */
final class ExitCodes {
    static final int OK = 0;
    /** A test case differs from its expectation, or could not be evaluated (reported as an error). */
    static final int DIFFERS = 1;
    /** Bad input or usage; the message names the field or option. */
    static final int BAD_INPUT = 2;
    /** The rules could not be used; the message names the file and line. */
    static final int RULES_ERROR = 3;
    /** A fault in lado-rules itself; one line with an incident id, the stack trace with --debug. */
    static final int INTERNAL_ERROR = 4;

    private ExitCodes() {
    }
}
