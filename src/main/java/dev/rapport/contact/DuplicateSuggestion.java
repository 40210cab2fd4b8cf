package dev.rapport.contact;

/** A likely duplicate as the "Possible duplicates" page shows it. */
public record DuplicateSuggestion(ContactSummary first, ContactSummary second, DuplicateReason reason) {
}
