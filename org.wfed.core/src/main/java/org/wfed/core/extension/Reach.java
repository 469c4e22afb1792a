package org.wfed.core.extension;

/**
 * Whose records a figure of a unit counts: the unit's own (本级) or its whole subtree (含下级). Every
 * figure is available both ways; an indicator names the one its genre means by default in the summary
 * of a unit with children (a district's publicity is its own account's posts; its screening is every
 * community's).
 *
 * @since 1.2
 */
public enum Reach {
    /** The unit's own records (本级). */
    OWN,
    /** The records of the unit and every unit below it (含下级). */
    SUBTREE
}
