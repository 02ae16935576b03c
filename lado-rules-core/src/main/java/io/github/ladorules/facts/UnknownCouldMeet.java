package io.github.ladorules.facts;

/**
 * On the known facts this adult's concern does not meet the threshold, but answering an unknown fact one way would
 * make it meet. The engine inserts it after trying each unknown fact both ways; the rules decide what follows.
 */
public final class UnknownCouldMeet {
    private final Subject subject;
    private final String field;

    public UnknownCouldMeet(Subject subject, String field) {
        this.subject = subject;
        this.field = field;
    }

    public Subject getSubject() { return subject; }

    /** The input field whose answer could make it meet, e.g. {@code concerns[0].injury}. */
    public String getField() { return field; }
}
