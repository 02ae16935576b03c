package io.github.ladorules.testcases;

import io.github.ladorules.LadoCase;
import io.github.ladorules.LocalProfile;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One scenario read from a {@code lado-test-case/1} file.
 *
 * @param file where it was read from, for messages
 * @param name a sentence stating the scenario and its expected result
 * @param source the guidance paragraph or published example the expectation rests on
 * @param edition the edition the case is about, or null; checked against the one selected by date unless pinned
 * @param pinned evaluate with {@code edition} whatever the referral date
 * @param knownGap why the rules are believed wrong for this case, or null for an ordinary case
 * @param lado the case to evaluate, already valid against {@code lado-case/1}
 * @param expect what the decision should say
 * @param profile the local parameters the case states, or null for the defaults
 */
public record TestCase(
        Path file,
        String name,
        String source,
        String edition,
        boolean pinned,
        String knownGap,
        LadoCase lado,
        Expectation expect,
        LocalProfile profile) {

    public TestCase {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lado, "lado");
        Objects.requireNonNull(expect, "expect");
        if (pinned && edition == null) {
            throw new IllegalArgumentException("a pinned test case needs an edition");
        }
    }

    /** The case as written before test cases could state a profile: the default parameters. */
    public TestCase(Path file, String name, String source, String edition, boolean pinned, String knownGap,
                    LadoCase lado, Expectation expect) {
        this(file, name, source, edition, pinned, knownGap, lado, expect, null);
    }

    public boolean isKnownGap() {
        return knownGap != null;
    }
}
