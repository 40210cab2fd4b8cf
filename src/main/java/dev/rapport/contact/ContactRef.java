package dev.rapport.contact;

/**
 * A contact by id and name, for pickers and for other modules' pages.
 */
public record ContactRef(long id, String displayName) {
}
