package dev.rapport.contact.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What finding duplicates reads (names, companies, every email, phone and LinkedIn URL of
 * an owner's contacts, in four queries) and the pairs the owner said are not duplicates.
 */
@Repository
public class DuplicateRows {

	private final JdbcTemplate jdbc;

	DuplicateRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One contact as duplicates are looked for; emails and phones include the primary
	 * ones.
	 */
	public record Person(long id, String firstName, String lastName, String company, String linkedinUrl,
			List<String> emails, List<String> phones) {
	}

	public List<Person> peopleOf(long ownerId) {
		Map<Long, List<String>> emails = valuesOf("select contact_id, email from contact_email where owner_id = ?",
				ownerId);
		Map<Long, List<String>> phones = valuesOf("select contact_id, phone from contact_phone where owner_id = ?",
				ownerId);
		return this.jdbc.query("""
				select id, first_name, last_name, company, linkedin_url, email, phone
				from contact where owner_id = ? order by id
				""", (rs, row) -> {
			long id = rs.getLong(1);
			return new Person(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					with(rs.getString(6), emails.get(id)), with(rs.getString(7), phones.get(id)));
		}, ownerId);
	}

	/** Dismissed pairs as {@code smallerId:largerId}. */
	public Set<String> dismissedPairsOf(long ownerId) {
		return new HashSet<>(this.jdbc.query("select contact_id, other_id from duplicate_dismissal where owner_id = ?",
				(rs, row) -> rs.getLong(1) + ":" + rs.getLong(2), ownerId));
	}

	/**
	 * Idempotent: dismissing a pair twice leaves one row. Ids must be the owner's,
	 * smaller first.
	 */
	public void dismiss(long ownerId, long smallerId, long largerId, Instant at) {
		Integer existing = this.jdbc.queryForObject(
				"select count(*) from duplicate_dismissal where owner_id = ? and contact_id = ? and other_id = ?",
				Integer.class, ownerId, smallerId, largerId);
		if (existing == null || existing == 0) {
			this.jdbc.update(
					"insert into duplicate_dismissal (owner_id, contact_id, other_id, dismissed_at) values (?, ?, ?, ?)",
					ownerId, smallerId, largerId, Timestamp.from(at));
		}
	}

	public void undismiss(long ownerId, long smallerId, long largerId) {
		this.jdbc.update("delete from duplicate_dismissal where owner_id = ? and contact_id = ? and other_id = ?",
				ownerId, smallerId, largerId);
	}

	private static List<String> with(String primary, List<String> others) {
		List<String> all = new ArrayList<>();
		if (primary != null) {
			all.add(primary);
		}
		if (others != null) {
			all.addAll(others);
		}
		return all;
	}

	private Map<Long, List<String>> valuesOf(String sql, long ownerId) {
		Map<Long, List<String>> byContact = new HashMap<>();
		this.jdbc.query(sql, rs -> {
			byContact.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
		}, ownerId);
		return byContact;
	}

}
