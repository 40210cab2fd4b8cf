package dev.rapport.importing.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the account's contacts and interactions as CSV for spreadsheets: UTF-8 with a
 * byte order mark (so Excel reads accents right), CRLF, one row per contact or
 * interaction, every cell guarded against formula injection. Streamed a page of contacts
 * at a time.
 */
@Component
public class SpreadsheetExporter {

	static final List<String> CONTACT_HEADER = List.of("First name", "Last name", "Email", "Phone", "Company",
			"Position", "Location", "LinkedIn", "Known since", "Connected on", "Tags", "All emails", "All phones",
			"How we met", "Notes", "Archived", "Last interaction");

	static final List<String> INTERACTION_HEADER = List.of("Date", "Kind", "Direction", "With", "Summary", "Notes");

	private static final int PAGE = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	SpreadsheetExporter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	public void writeContacts(long ownerId, OutputStream out) {
		this.readOnly.executeWithoutResult(status -> {
			try (CsvWriter csv = writer(out)) {
				csv.writeRecord(CONTACT_HEADER);
				long after = 0;
				while (true) {
					List<Map<String, Object>> page = this.jdbc.queryForList("""
							select id, first_name, last_name, email, phone, company, position, location, linkedin_url,
							       known_since, connected_on, how_we_met, notes, archived, last_interaction_on
							from contact where owner_id = ? and id > ? order by id fetch first %d rows only
							""".formatted(PAGE), ownerId, after);
					if (page.isEmpty()) {
						break;
					}
					List<Long> ids = page.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
					Map<Long, List<String>> tags = valuesOf("select contact_id, tag from contact_tag", ids, "tag");
					Map<Long, List<String>> emails = valuesOf("select contact_id, email from contact_email", ids,
							"position");
					Map<Long, List<String>> phones = valuesOf("select contact_id, phone from contact_phone", ids,
							"position");
					for (Map<String, Object> row : page) {
						long id = ((Number) row.get("id")).longValue();
						csv.writeRecord(List.of(text(row, "first_name"), text(row, "last_name"), text(row, "email"),
								text(row, "phone"), text(row, "company"), text(row, "position"), text(row, "location"),
								text(row, "linkedin_url"), text(row, "known_since"), text(row, "connected_on"),
								joined(tags.get(id)), joined(emails.get(id)), joined(phones.get(id)),
								text(row, "how_we_met"), text(row, "notes"),
								Boolean.TRUE.equals(row.get("archived")) ? "yes" : "no",
								text(row, "last_interaction_on")));
					}
					after = ids.get(ids.size() - 1);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * One row per interaction, its people by name in one cell: the rows stream by as the
	 * query reads them.
	 */
	public void writeInteractions(long ownerId, OutputStream out) {
		this.readOnly.executeWithoutResult(status -> {
			try (CsvWriter csv = writer(out)) {
				csv.writeRecord(INTERACTION_HEADER);
				Object[] current = { null };
				List<String> names = new ArrayList<>();
				String[] fields = new String[5];
				this.jdbc.query(connection -> {
					var statement = connection.prepareStatement("""
							select i.id, i.occurred_on, i.kind, i.direction, i.summary, i.notes, c.first_name,
							       c.last_name
							from interaction i
							left join interaction_participant p on p.interaction_id = i.id
							left join contact c on c.id = p.contact_id and c.owner_id = i.owner_id
							where i.owner_id = ? order by i.occurred_on, i.id, c.first_name, c.last_name, c.id
							""");
					statement.setLong(1, ownerId);
					statement.setFetchSize(1_000);
					return statement;
				}, (ResultSet rs) -> {
					long id = rs.getLong(1);
					if (current[0] != null && (long) current[0] != id) {
						writeInteraction(csv, fields, names);
						names.clear();
					}
					current[0] = id;
					fields[0] = String.valueOf(rs.getObject(2, LocalDate.class));
					fields[1] = rs.getString(3);
					fields[2] = rs.getString(4);
					fields[3] = rs.getString(5);
					fields[4] = rs.getString(6);
					String first = rs.getString(7);
					if (first != null) {
						String last = rs.getString(8);
						names.add((last == null) ? first : first + " " + last);
					}
				});
				if (current[0] != null) {
					writeInteraction(csv, fields, names);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static void writeInteraction(CsvWriter csv, String[] fields, List<String> names) {
		csv.writeRecord(List.of(SpreadsheetCells.safe(fields[0]), SpreadsheetCells.safe(fields[1]),
				SpreadsheetCells.safe(fields[2]), SpreadsheetCells.safe(String.join("; ", names)),
				SpreadsheetCells.safe(fields[3]), SpreadsheetCells.safe(fields[4])));
	}

	private Map<Long, List<String>> valuesOf(String select, List<Long> ids, String order) {
		Map<Long, List<String>> values = new HashMap<>();
		String sql = select + " where contact_id in (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
				+ ") order by contact_id, " + order;
		this.jdbc.query(sql, rs -> {
			values.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
		}, ids.toArray());
		return values;
	}

	private static CsvWriter writer(OutputStream out) throws IOException {
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		return CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text);
	}

	private static String text(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return SpreadsheetCells.safe((value == null) ? null : value.toString());
	}

	private static String joined(List<String> values) {
		return SpreadsheetCells.safe((values == null) ? null : String.join("; ", values));
	}

}
