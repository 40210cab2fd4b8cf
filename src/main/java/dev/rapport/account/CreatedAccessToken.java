package dev.rapport.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * A token just created: the only moment its secret value exists outside the caller's
 * hands. It travels to the settings page as a flash attribute, which is kept in the
 * (database) session, hence serializable. {@code expiresAt} is null for a token that
 * never expires.
 */
public record CreatedAccessToken(long id, String name, String token, AccessTokenScope scope,
		Instant expiresAt) implements Serializable {
}
