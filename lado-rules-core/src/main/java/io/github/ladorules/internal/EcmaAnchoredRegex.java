package io.github.ladorules.internal;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.regex.Pattern;

/**
 * Regular expressions for the published schemas, with the end anchor meaning what JSON Schema (ECMA-262) says it
 * means. In Java, {@code $} also matches just before a final line break, so {@code ^[A-Z]{1,3}$} would accept
 * {@code "ABC\n"}; every other validator of the schema rejects it. A {@code $} that ends a pattern is therefore
 * compiled as {@code \z}, the very end of the input. The schemas use nothing else whose meaning differs.
 */
final class EcmaAnchoredRegex implements RegularExpressionFactory {
    static final EcmaAnchoredRegex INSTANCE = new EcmaAnchoredRegex();

    private EcmaAnchoredRegex() {
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(toJava(regex));
        return value -> pattern.matcher(value).find();
    }

    /** The pattern with a final, unescaped {@code $} replaced by {@code \z}. */
    static String toJava(String regex) {
        if (regex.endsWith("$") && !endsWithEscape(regex.substring(0, regex.length() - 1))) {
            return regex.substring(0, regex.length() - 1) + "\\z";
        }
        return regex;
    }

    /** Whether the text ends in an odd number of backslashes, which would escape the next character. */
    private static boolean endsWithEscape(String text) {
        int backslashes = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
