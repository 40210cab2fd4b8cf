package dev.rapport.contact.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import dev.rapport.contact.ContactImportUpdate;
import dev.rapport.contact.ImportedConnection;
import dev.rapport.contact.ImportedContact;
import dev.rapport.contact.NameSortKey;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes contacts in the bulk an import needs (LinkedIn's cap is 30,000 people)
 * with plain JDBC batches: identity ids make Hibernate insert row by row, and an import
 * touches only columns that no entity in the same transaction holds.
 */
@Repository
public class ContactImports {

	private static final String INSERT = """
			insert into contact (owner_id, first_name, last_name, sort_first, sort_last, email, company, position, linkedin_url,
			                     connected_on, source, created_at, import_key, imported_company, imported_position,
			                     no_suggest, archived, version)
			values """;

	private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'LINKEDIN', ?, ?, ?, ?, false, false, 0)";

	private static final int INSERT_PARAMETERS = 14;

	/**
	 * Rows per insert statement: H2 runs each statement of a JDBC batch on its own, so
	 * several rows per statement is what makes 30,000 inserts take a second rather than
	 * several.
	 */
	static final int ROWS_PER_INSERT = 100;

	/**
	 * Bumps the version like a JPA update would, so an open edit form notices the change.
	 */
	private static final String UPDATE = """
			update contact
			set import_key = ?, company = ?, position = ?, imported_company = ?, imported_position = ?,
			    connected_on = ?, version = version + 1
			where id = ? and owner_id = ? and version = ?
			""";

	private final JdbcTemplate jdbc;

	ContactImports(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Contacts an import can match: imported or linked ones, and hand-made ones with a
	 * LinkedIn URL.
	 */
	public List<ImportedContact> candidatesOf(long ownerId) {
		return this.jdbc.query("""
				select id, version, import_key, linkedin_url, company, position, imported_company,
				       imported_position, connected_on
				from contact
				where owner_id = ? and (import_key is not null or linkedin_url is not null)
				""", (rs, row) -> new ImportedContact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class)),
				ownerId);
	}

	public void insert(long ownerId, List<ImportedConnection> connections, Instant createdAt) {
		Timestamp created = Timestamp.from(createdAt);
		for (int from = 0; from < connections.size(); from += ROWS_PER_INSERT) {
			List<ImportedConnection> rows = connections.subList(from,
					Math.min(from + ROWS_PER_INSERT, connections.size()));
			String sql = INSERT + String.join(", ", Collections.nCopies(rows.size(), INSERT_ROW));
			this.jdbc.update(sql, ps -> {
				int index = 0;
				for (ImportedConnection connection : rows) {
					ps.setLong(++index, ownerId);
					ps.setString(++index, connection.firstName());
					ps.setString(++index, connection.lastName());
					ps.setString(++index, NameSortKey.of(connection.firstName()));
					ps.setString(++index, NameSortKey.of(connection.lastName()));
					ps.setString(++index, connection.email());
					ps.setString(++index, connection.company());
					ps.setString(++index, connection.position());
					ps.setString(++index, connection.linkedinUrl());
					setDate(ps, ++index, connection.connectedOn());
					ps.setTimestamp(++index, created);
					ps.setString(++index, connection.importKey());
					ps.setString(++index, connection.company());
					ps.setString(++index, connection.position());
				}
				assert index == rows.size() * INSERT_PARAMETERS;
			});
		}
	}

	/**
	 * @return how many updates found their contact still at the expected version
	 */
	public int update(long ownerId, List<ContactImportUpdate> updates) {
		int[][] counts = this.jdbc.batchUpdate(UPDATE, updates, updates.size(), (ps, update) -> {
			ps.setString(1, update.importKey());
			ps.setString(2, update.company());
			ps.setString(3, update.position());
			ps.setString(4, update.importedCompany());
			ps.setString(5, update.importedPosition());
			setDate(ps, 6, update.connectedOn());
			ps.setLong(7, update.contactId());
			ps.setLong(8, ownerId);
			ps.setLong(9, update.expectedVersion());
		});
		int applied = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				applied += Math.max(count, 0);
			}
		}
		return applied;
	}

	/**
	 * Takes the company and position the last import brought (held back as a proposed new
	 * job) into the contact. @return whether the contact is the owner's
	 */
	public boolean adoptImportedJob(long ownerId, long contactId) {
		return this.jdbc.update("""
				update contact set company = imported_company, position = imported_position, version = version + 1
				where id = ? and owner_id = ?""", contactId, ownerId) == 1;
	}

	private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
		if (date == null) {
			ps.setNull(index, Types.DATE);
		}
		else {
			ps.setDate(index, Date.valueOf(date));
		}
	}

}
