package dev.rapport.account;

import java.time.Instant;

/**
 * A token as the settings page lists it: never the token itself, only its first
 * characters. {@code expiresAt} is null for a token that never expires; {@code expired}
 * says it no longer works.
 */
public record AccessTokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
		AccessTokenScope scope, Instant expiresAt, boolean expired) {
}
