package dev.rapport.account.passkey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's passkeys for the settings page: listed and deleted only through
 * the owner's account, so another user's passkey cannot be seen or removed (it looks like
 * no passkey). Registering and signing in are Spring Security's endpoints
 * ({@code /webauthn/**}, {@code /login/webauthn}).
 */
@Service
public class PasskeyService {

	private final JdbcTemplate jdbc;

	PasskeyService(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Passkey> passkeysOf(long ownerId) {
		return this.jdbc.query("""
				select c.credential_id, c.label, c.created, c.last_used from user_credentials c
				join passkey_user p on p.id = c.user_entity_user_id
				where p.owner_id = ? order by c.created, c.label""", (rs, row) -> {
			Instant created = instant(rs.getTimestamp("created"));
			Instant lastUsed = instant(rs.getTimestamp("last_used"));
			// Spring sets "last used" to the moment of registration; that is not a
			// sign-in.
			return new Passkey(rs.getString("credential_id"), rs.getString("label"), created,
					(lastUsed == null || lastUsed.equals(created)) ? null : lastUsed);
		}, ownerId);
	}

	/**
	 * Deletes one of the owner's passkeys; false when the owner has none with that id.
	 */
	@Transactional
	public boolean delete(long ownerId, String credentialId) {
		return this.jdbc.update("""
				delete from user_credentials where credential_id = ? and user_entity_user_id in
				(select p.id from passkey_user p where p.owner_id = ?)""", credentialId, ownerId) == 1;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
