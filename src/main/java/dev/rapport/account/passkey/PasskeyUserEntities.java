package dev.rapport.account.passkey;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

/**
 * Each account's WebAuthn user handle. Spring Security's
 * {@code JdbcPublicKeyCredentialUserEntityRepository} stores the user name (our email) as
 * the key it finds users by; an account whose email changes would then lose its passkeys,
 * and the row would have no owner to be deleted with. Here the row holds only the handle
 * and the account id, and the name and display name are read from the account itself, so
 * they are always the current ones.
 */
final class PasskeyUserEntities implements PublicKeyCredentialUserEntityRepository {

	private static final String SELECT = "select p.id, u.email, u.display_name from passkey_user p "
			+ "join app_user u on u.id = p.owner_id where ";

	private static final RowMapper<PublicKeyCredentialUserEntity> ROW = (rs,
			row) -> ImmutablePublicKeyCredentialUserEntity.builder()
				.id(Bytes.fromBase64(rs.getString("id")))
				.name(rs.getString("email"))
				.displayName(rs.getString("display_name"))
				.build();

	private final JdbcTemplate jdbc;

	PasskeyUserEntities(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
		return first(this.jdbc.query(SELECT + "p.id = ?", ROW, id.toBase64UrlString()));
	}

	@Override
	public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
		return first(this.jdbc.query(SELECT + "u.email = ?", ROW, username.trim().toLowerCase(Locale.ROOT)));
	}

	/**
	 * Gives the account named by the entity's name (its email) this handle, unless it has
	 * one.
	 */
	@Override
	public void save(PublicKeyCredentialUserEntity userEntity) {
		try {
			this.jdbc.update(
					"insert into passkey_user (id, owner_id) select ?, id from app_user where email = ? "
							+ "and not exists (select 1 from passkey_user p where p.owner_id = app_user.id)",
					userEntity.getId().toBase64UrlString(), userEntity.getName().trim().toLowerCase(Locale.ROOT));
		}
		catch (DuplicateKeyException raced) {
			// Another request of the same account made its handle at the same moment;
			// that one stays.
		}
	}

	@Override
	public void delete(Bytes id) {
		this.jdbc.update("delete from passkey_user where id = ?", id.toBase64UrlString());
	}

	private static @Nullable PublicKeyCredentialUserEntity first(List<PublicKeyCredentialUserEntity> found) {
		return found.isEmpty() ? null : found.get(0);
	}

}
