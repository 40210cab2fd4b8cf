package dev.rapport.demo.internal;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which contacts are sample data ({@code sample_contact}), so removing the sample leaves
 * the rest alone.
 */
@Repository
public class SampleContacts {

	private final JdbcTemplate jdbc;

	SampleContacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public boolean any(long ownerId) {
		// One index step, not a count of every sample contact (10,000 in the benchmarks).
		return !this.jdbc
			.queryForList("select contact_id from sample_contact where owner_id = ? fetch first 1 rows only",
					Long.class, ownerId)
			.isEmpty();
	}

	public void mark(long ownerId, long contactId) {
		this.jdbc.update("insert into sample_contact (contact_id, owner_id) values (?, ?)", contactId, ownerId);
	}

	public List<Long> idsOf(long ownerId) {
		return this.jdbc.queryForList("select contact_id from sample_contact where owner_id = ?", Long.class, ownerId);
	}

}
