package dev.rapport.support;

import java.util.List;
import java.util.Objects;

import dev.rapport.contact.NameSortKey;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The contact list's stored sort keys against the names they come from: every writer of a
 * contact (the entity, the imports, the backup restore, the loaders) must store
 * {@link NameSortKey} of both names, or the list puts the contact in the wrong place.
 */
public final class NameSortKeys {

	private NameSortKeys() {
	}

	/**
	 * Every contact whose {@code sort_first} or {@code sort_last} is missing or differs
	 * from the key of its name, described for an assertion message; empty when all are
	 * fresh.
	 */
	public static List<String> staleRows(JdbcTemplate jdbc) {
		return jdbc
			.query("select id, first_name, last_name, sort_first, sort_last from contact order by id", (rs, row) -> {
				String first = rs.getString(2);
				String last = rs.getString(3);
				boolean fresh = rs.getString(4) != null && rs.getString(4).equals(NameSortKey.of(first))
						&& Objects.equals(rs.getString(5), NameSortKey.of(last));
				return fresh ? null : "contact " + rs.getLong(1) + " \"" + first + "\" \"" + last + "\" sorted as \""
						+ rs.getString(4) + "\" \"" + rs.getString(5) + "\"";
			})
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

	/** How many contacts there are, so a check over none cannot pass unnoticed. */
	public static int contacts(JdbcTemplate jdbc) {
		Integer count = jdbc.queryForObject("select count(*) from contact", Integer.class);
		return (count == null) ? 0 : count;
	}

}
