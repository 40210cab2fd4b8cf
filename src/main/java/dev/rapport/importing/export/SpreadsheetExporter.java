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
import java.util.Comparator;
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
					List<Map<String, Object>> page = this.jdbc.queryForList(ContactsInKeyOrder.pageQuery("""
							id, first_name, last_name, email, phone, company, position, location, linkedin_url,
							known_since, connected_on, how_we_met, notes, archived, last_interaction_on""", PAGE),
							ownerId, after);
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
	 * One row per interaction, in the order they were logged (by id), its people by name
	 * in one cell, sorted by first name, last name. The interactions and their people
	 * come from two streamed queries merged as they go ({@link InteractionsInKeyOrder}):
	 * only the current interaction's names are held.
	 */
	public void writeInteractions(long ownerId, OutputStream out) {
		this.readOnly.executeWithoutResult(status -> {
			try (CsvWriter csv = writer(out)) {
				csv.writeRecord(INTERACTION_HEADER);
				List<Participant> people = new ArrayList<>();
				InteractionsInKeyOrder
					.stream(this.jdbc, ownerId, "id, occurred_on, kind, direction, summary, notes", """
							select p.interaction_id, c.owner_id, c.id, c.first_name, c.last_name
							from interaction_participant p join contact c on c.id = p.contact_id
							where p.interaction_id between ? and ?
							  and exists (select 1 from interaction i where i.id = p.interaction_id and i.owner_id = ?)
							order by p.interaction_id, p.contact_id
							""", (interaction, participants) -> {
						people.clear();
						while (participants.next()) {
							ResultSet row = participants.row();
							// Participants are the owner's contacts; checked again here
							// rather than in the query, where H2 would then start from
							// the contacts and sort.
							if (row.getLong(2) == ownerId) {
								people.add(new Participant(row.getString(4), row.getString(5), row.getLong(3)));
							}
						}
						people.sort(Participant.BY_NAME);
						List<String> names = new ArrayList<>(people.size());
						people.forEach(person -> names.add(person.name()));
						csv.writeRecord(List.of(
								SpreadsheetCells.safe(String.valueOf(interaction.getObject(2, LocalDate.class))),
								SpreadsheetCells.safe(interaction.getString(3)),
								SpreadsheetCells.safe(interaction.getString(4)),
								SpreadsheetCells.safe(String.join("; ", names)),
								SpreadsheetCells.safe(interaction.getString(5)),
								SpreadsheetCells.safe(interaction.getString(6))));
					});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** One person of the interaction being written. */
	private record Participant(String firstName, String lastName, long id) {

		static final Comparator<Participant> BY_NAME = Comparator.comparing(Participant::firstName)
			.thenComparing(Participant::lastName, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparingLong(Participant::id);

		String name() {
			return (this.lastName == null) ? this.firstName : this.firstName + " " + this.lastName;
		}

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
