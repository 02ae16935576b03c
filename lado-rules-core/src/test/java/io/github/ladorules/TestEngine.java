package io.github.ladorules;

/** One engine for every test in the run, so each edition is compiled once. */
final class TestEngine {
    static final LadoEngine ENGINE = LadoEngine.builder().build();

    private TestEngine() {
    }
}
