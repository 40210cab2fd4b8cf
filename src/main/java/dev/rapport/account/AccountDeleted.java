package dev.rapport.account;

/**
 * Published (inside the deleting transaction) when an account is deleted. Rows with an
 * {@code owner_id} are already gone by then through the database's cascades; a module
 * that keeps something of the user elsewhere (files, caches) removes it on this event.
 */
public record AccountDeleted(long userId) {
}
