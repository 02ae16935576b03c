package io.github.ladorules.cli;

/** The documented exit codes. */
final class ExitCodes {
    static final int OK = 0;
    static final int DIFFERS = 1;
    static final int BAD_INPUT = 2;
    static final int RULES_ERROR = 3;

    private ExitCodes() {
    }
}
