package io.github.ladorules;

/** Where the adult stands with the organisation at the end of the investigation. Public contract: add, never rename. */
public enum Employment {
    /** Dismissed by the employer. */
    DISMISSED,
    /** Resigned, or otherwise stopped providing their services. */
    RESIGNED,
    /** The organisation stopped using the adult's services (for example an agency worker or a volunteer). */
    CEASED_TO_USE,
    /** Still employed or engaged by the organisation. */
    REMAINS,
    /** Not employed or engaged by an organisation at all, for example a private arrangement with a family. */
    NOT_EMPLOYED
}
