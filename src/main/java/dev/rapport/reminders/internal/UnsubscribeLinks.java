package dev.rapport.reminders.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.rapport.shared.PublicLinks;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Stop these emails" links that work without signing in: the user's id signed with
 * HMAC-SHA256 under a key the app makes on first use and keeps in the database (so every
 * instance, and every restart, accepts the links of the others). A forged or altered
 * token is refused.
 */
@Component
public class UnsubscribeLinks {

	private static final String ALGORITHM = "HmacSHA256";

	private final JdbcClient jdbc;

	private final PublicLinks links;

	private volatile byte[] key;

	UnsubscribeLinks(JdbcClient jdbc, PublicLinks links) {
		this.jdbc = jdbc;
		this.links = links;
	}

	public String linkFor(long ownerId) {
		return this.links.to("/digest/unsubscribe?token=" + tokenFor(ownerId));
	}

	public String tokenFor(long ownerId) {
		return ownerId + "." + signature(ownerId);
	}

	/** The user the token was made for, or empty when it is not one of ours. */
	public OptionalLong ownerOf(String token) {
		if (token == null) {
			return OptionalLong.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 1 || dot > 19) {
			return OptionalLong.empty();
		}
		long ownerId;
		try {
			ownerId = Long.parseLong(token.substring(0, dot));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
		byte[] expected = signature(ownerId).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? OptionalLong.of(ownerId) : OptionalLong.empty();
	}

	private String signature(long ownerId) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key(), ALGORITHM));
			byte[] signed = mac.doFinal(("digest-unsubscribe:" + ownerId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] known = this.key;
		if (known == null) {
			known = Base64.getDecoder().decode(storedOrNewSecret());
			this.key = known;
		}
		return known;
	}

	private String storedOrNewSecret() {
		return stored().orElseGet(() -> {
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			try {
				this.jdbc.sql("insert into reminder_key (id, secret) values (1, ?)")
					.param(Base64.getEncoder().encodeToString(secret))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another instance made it first: use theirs.
			}
			return stored().orElseThrow();
		});
	}

	private Optional<String> stored() {
		return this.jdbc.sql("select secret from reminder_key where id = 1").query(String.class).optional();
	}

}
