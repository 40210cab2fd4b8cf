package dev.rapport.contact;

/**
 * An import changed a contact's company from one it knew to another: maybe a new job.
 * Published inside the import's transaction.
 */
public record ContactCompanyImported(long ownerId, long contactId, String fromCompany, String toCompany) {
}
