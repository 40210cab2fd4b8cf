package dev.rapport.contact;

/**
 * Published inside the deleting transaction, so modules holding data about the contact
 * can tidy up (the database already cascades their rows).
 */
public record ContactDeleted(long ownerId, long contactId) {
}
