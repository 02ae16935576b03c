package io.github.ladorules.report;

/** Writes a retention list as {@code lado-retention/1} JSON, byte-identical for equal lists. */
public final class RetentionJson {
    private RetentionJson() {
    }

    public static String write(RetentionList list) {
        return ReportJson.write((Object) list);
    }
}
