package dev.rapport.reminders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import dev.rapport.account.AccountService;
import dev.rapport.reminders.internal.CalendarFeedWriter;
import dev.rapport.shared.PublicLinks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's private calendar feed. Its URL carries a long random secret of which only a
 * SHA-256 hash is stored (like a password: a copy of the database does not reveal the
 * URLs). Making a new one replaces the old, so the old URL stops working at once.
 */
@Service
public class CalendarFeedService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final CalendarFeedWriter writer;

	private final AccountService accounts;

	private final PublicLinks links;

	private final Clock clock;

	CalendarFeedService(JdbcClient jdbc, CalendarFeedWriter writer, AccountService accounts, PublicLinks links,
			Clock clock) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.accounts = accounts;
		this.links = links;
		this.clock = clock;
	}

	/** The feed as served: its text, and what answers ETag and Last-Modified. */
	public record Feed(String body, String etag, Instant lastModified) {
	}

	/** Makes a new feed URL (the old one, if any, stops working) and returns it. */
	@Transactional
	public String create(long ownerId) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.jdbc.sql("delete from calendar_feed where owner_id = ?").param(ownerId).update();
		this.jdbc.sql("insert into calendar_feed (owner_id, secret_hash, created_at) values (?, ?, ?)")
			.params(ownerId, sha256(token), Timestamp.from(this.clock.instant().truncatedTo(ChronoUnit.SECONDS)))
			.update();
		return this.links.to("/calendar/" + token + ".ics");
	}

	/** Turns the feed off; its URL answers 404 from now on. */
	@Transactional
	public boolean revoke(long ownerId) {
		return this.jdbc.sql("delete from calendar_feed where owner_id = ?").param(ownerId).update() > 0;
	}

	public boolean active(long ownerId) {
		return this.jdbc.sql("select count(*) from calendar_feed where owner_id = ?")
			.param(ownerId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The calendar behind a feed secret, or empty when no feed has that secret (wrong or
	 * revoked).
	 */
	@Transactional
	public Optional<Feed> feed(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		record Row(long ownerId, Instant createdAt, String contentHash, Instant contentChanged) {
		}
		Optional<Row> found = this.jdbc
			.sql("select owner_id, created_at, content_hash, content_changed from calendar_feed where secret_hash = ?")
			.param(sha256(token))
			.query((rs, row) -> new Row(rs.getLong("owner_id"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("content_hash"),
					(rs.getTimestamp("content_changed") == null) ? null
							: rs.getTimestamp("content_changed").toInstant()))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Row feed = found.get();
		LocalDate today = LocalDate.now(this.clock.withZone(this.accounts.zoneOf(feed.ownerId())));
		String body = this.writer.write(feed.ownerId(), today, feed.createdAt());
		String hash = sha256(body);
		Instant changed = feed.contentChanged();
		if (!hash.equals(feed.contentHash()) || changed == null) {
			changed = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
			this.jdbc.sql("update calendar_feed set content_hash = ?, content_changed = ? where owner_id = ?")
				.params(hash, Timestamp.from(changed), feed.ownerId())
				.update();
		}
		return Optional.of(new Feed(body, "\"" + hash.substring(0, 32) + "\"", changed));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
