package dev.rapport.account;

import java.time.Instant;

/**
 * A token as the settings page lists it: never the token itself, only its first characters.
 */
public record AccessTokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
}
