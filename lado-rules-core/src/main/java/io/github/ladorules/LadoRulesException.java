package io.github.ladorules;

/** Base of every exception this library throws on purpose. Unchecked: each subtype says what to fix. */
public class LadoRulesException extends RuntimeException {
    public LadoRulesException(String message) {
        super(message);
    }

    public LadoRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
