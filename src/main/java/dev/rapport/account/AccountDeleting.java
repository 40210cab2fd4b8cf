package dev.rapport.account;

/**
 * Published inside the deleting transaction just before an account's rows go. The
 * database's cascades remove everything of the owner in one statement; a module whose
 * rows are too large for that on a small heap (the embedded database keeps every page a
 * transaction changes until its commit) deletes them piece by piece here first.
 */
public record AccountDeleting(long userId) {
}
