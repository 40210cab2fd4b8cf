package dev.rapport.contact;

/**
 * An important date with the name of its contact, for lists that span contacts (the
 * calendar feed).
 */
public record DatedContact(ImportantDateView date, String contactName) {
}
