package io.github.ladorules;

/**
 * Whose designated officer leads when a child was placed with a foster carer or in a children's home by another
 * local authority. Practice differs between areas, so it is a local parameter; whichever leads, both designated
 * officers are told. Public contract: add, never rename.
 */
public enum CrossBorderLead {
    /** The designated officer for the area where the adult lives or works leads, and tells the placing authority's. */
    HOST_AUTHORITY,
    /** The placing authority's designated officer leads, and the host area's is told and works with them. */
    PLACING_AUTHORITY
}
