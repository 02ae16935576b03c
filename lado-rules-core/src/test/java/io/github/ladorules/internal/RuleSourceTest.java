package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the rule checks read of a DRL file: its code, with strings and comments out and every line where it was. */
class RuleSourceTest {
    @Test
    void stringsAreEmptiedAndCommentsLeftOut() {
        assertThat(RuleSource.codeOnly("Concern( indicator == \"PHY_ASSAULT\" ) // subject is not read\n"))
                .isEqualTo("Concern( indicator == \"\" ) \n");
        assertThat(RuleSource.codeOnly("a /* Concern( injury ) */ b")).isEqualTo("a   b");
        assertThat(RuleSource.codeOnly("@text(\"say \\\"subject\\\" here\") x")).isEqualTo("@text(\"\") x");
    }

    @Test
    void aSlashPairInsideAStringIsNotAComment() {
        assertThat(RuleSource.codeOnly("@cite(\"https://www.gov.uk/x\") Concern( injury == true )"))
                .isEqualTo("@cite(\"\") Concern( injury == true )");
    }

    @Test
    void everyLineBreakIsKeptSoLineNumbersStillPointAtTheFile() {
        String drl = "rule \"r\"\n/* two\nlines */\nwhen \"a\nb\"\n  Concern() // c\nthen\nend";
        String code = RuleSource.codeOnly(drl);
        assertThat(code.split("\n", -1)).hasSameSizeAs(drl.split("\n", -1));
        assertThat(code.split("\n", -1)[5]).isEqualTo("  Concern() ");
    }

    @Test
    void anUnclosedStringOrCommentRunsToTheEnd() {
        assertThat(RuleSource.codeOnly("a \"open")).isEqualTo("a \"\"");
        assertThat(RuleSource.codeOnly("a /* open\nx")).isEqualTo("a  \n");
    }
}
