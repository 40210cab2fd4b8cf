package dev.rapport.importing.backup;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

import dev.rapport.importing.export.ContactsInKeyOrder;
import dev.rapport.importing.export.InteractionsInKeyOrder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the complete backup of one account as JSON, streamed: contacts a page at a time
 * with their tags, emails, phones, addresses and photo; interactions row by row with
 * their participants; then follow-ups, This week's lists and decisions, the sample-data
 * marks and the import history. Memory holds one page of contacts, never the account. The
 * format is described in {@code docs/backup.md}.
 * <p>
 * It reads the tables directly, like a database dump of one owner's rows: a backup must
 * hold every field, also those no module exposes, and must not change when a module's API
 * does.
 */
@Component
public class BackupWriter {

	public static final String FORMAT = "rapport-backup";

	public static final int VERSION = 1;

	static final int CONTACTS_PER_PAGE = 500;

	/** Tables whose rows hang off a contact, as they appear nested in each contact. */
	static final Map<String, String> CONTACT_CHILDREN = new LinkedHashMap<>(Map.of("tags", "contact_tag", "emails",
			"contact_email", "phones", "contact_phone", "addresses", "contact_address", "dates", "important_date"));

	/** Never exported: derived from the rest and rebuilt on restore. */
	static final Set<String> DERIVED_TABLES = Set.of("score_state");

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	BackupWriter(JdbcTemplate jdbc, ObjectMapper json, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Writes the owner's backup to {@code out}, which the caller closes. */
	public void write(long ownerId, OutputStream out) {
		this.readOnly.executeWithoutResult(status -> {
			try (JsonGenerator generator = this.json.createGenerator(out, JsonEncoding.UTF8)) {
				generator.writeStartObject();
				generator.writeStringProperty("format", FORMAT);
				generator.writeNumberProperty("version", VERSION);
				generator.writeStringProperty("exportedAt", this.clock.instant().toString());
				writeAccount(generator, ownerId);
				writeContacts(generator, ownerId);
				writeInteractions(generator, ownerId);
				writeRows(generator, "followUps", "select * from follow_up where owner_id = ? order by id", ownerId);
				writeWeeks(generator, ownerId);
				writeRows(generator, "reconnectNotNow",
						"select * from reconnect_not_now where owner_id = ? order by id", ownerId);
				writeRows(generator, "sampleContacts",
						"select * from sample_contact where owner_id = ? order by contact_id", ownerId);
				writeRows(generator, "imports", "select * from import_record where owner_id = ? order by id", ownerId);
				generator.writeEndObject();
			}
		});
	}

	private void writeAccount(JsonGenerator generator, long ownerId) {
		generator.writeName("account");
		generator.writeStartObject();
		this.jdbc.query("select display_name, time_zone from app_user where id = ?", rs -> {
			generator.writeStringProperty("displayName", rs.getString(1));
			generator.writeStringProperty("timeZone", rs.getString(2));
		}, ownerId);
		generator.writeEndObject();
	}

	private void writeContacts(JsonGenerator generator, long ownerId) {
		generator.writeName("contacts");
		generator.writeStartArray();
		long after = 0;
		while (true) {
			List<Map<String, Object>> page = this.jdbc.query(ContactsInKeyOrder.pageQuery("*", CONTACTS_PER_PAGE),
					(rs, row) -> rowOf(rs, BackupColumns.NOT_EXPORTED), ownerId, after);
			if (page.isEmpty()) {
				break;
			}
			List<Long> ids = page.stream().map(row -> (Long) row.get("id")).toList();
			Map<String, Map<Long, List<Map<String, Object>>>> children = new LinkedHashMap<>();
			CONTACT_CHILDREN.forEach((property, table) -> children.put(property, childrenOf(table, ids)));
			Map<Long, List<Map<String, Object>>> photos = childrenOf("contact_photo", ids);
			for (Map<String, Object> contact : page) {
				long id = (Long) contact.get("id");
				generator.writeStartObject();
				contact.forEach((name, value) -> writeProperty(generator, name, value));
				children.forEach((property, byContact) -> {
					generator.writeName(property);
					generator.writeStartArray();
					for (Map<String, Object> child : byContact.getOrDefault(id, List.of())) {
						if (child.size() == 1 && child.containsKey("tag")) {
							generator.writeString((String) child.get("tag"));
						}
						else {
							generator.writeStartObject();
							child.forEach((name, value) -> writeProperty(generator, name, value));
							generator.writeEndObject();
						}
					}
					generator.writeEndArray();
				});
				List<Map<String, Object>> photo = photos.getOrDefault(id, List.of());
				generator.writeName("photo");
				if (photo.isEmpty()) {
					generator.writeNull();
				}
				else {
					generator.writeStartObject();
					photo.get(0).forEach((name, value) -> writeProperty(generator, name, value));
					generator.writeEndObject();
				}
				generator.writeEndObject();
			}
			after = ids.get(ids.size() - 1);
		}
		generator.writeEndArray();
	}

	/**
	 * The interactions in id order, each with the ids of its participants in ascending
	 * order, read from two streamed queries merged as they go (see
	 * {@link InteractionsInKeyOrder}): no interaction is held back. The participants are
	 * scoped to the owner by their interaction.
	 */
	private void writeInteractions(JsonGenerator generator, long ownerId) {
		generator.writeName("interactions");
		generator.writeStartArray();
		List<BackupColumns.Column>[] columns = new List[1];
		InteractionsInKeyOrder.stream(this.jdbc, ownerId, "*", """
				select p.interaction_id, p.contact_id from interaction_participant p
				where p.interaction_id between ? and ?
				  and exists (select 1 from interaction i where i.id = p.interaction_id and i.owner_id = ?)
				order by p.interaction_id, p.contact_id
				""", (interaction, participants) -> {
			if (columns[0] == null) {
				columns[0] = BackupColumns.of(interaction.getMetaData());
			}
			generator.writeStartObject();
			BackupColumns.writeRow(generator, interaction, columns[0]);
			generator.writeName("participantIds");
			generator.writeStartArray();
			while (participants.next()) {
				generator.writeNumber(participants.row().getLong(2));
			}
			generator.writeEndArray();
			generator.writeEndObject();
		});
		generator.writeEndArray();
	}

	private void writeWeeks(JsonGenerator generator, long ownerId) {
		generator.writeName("reconnectWeeks");
		generator.writeStartArray();
		List<Map<String, Object>> weeks = this.jdbc.query(
				"select * from reconnect_week where owner_id = ? order by week_start",
				(rs, row) -> rowOf(rs, BackupColumns.NOT_EXPORTED), ownerId);
		for (Map<String, Object> week : weeks) {
			generator.writeStartObject();
			week.forEach((name, value) -> writeProperty(generator, name, value));
			generator.writeName("suggestions");
			generator.writeStartArray();
			this.jdbc.query("select * from reconnect_suggestion where week_id = ? order by rank, id", rs -> {
				generator.writeStartObject();
				rowOf(rs, Set.of("week_id")).forEach((name, value) -> writeProperty(generator, name, value));
				generator.writeEndObject();
			}, week.get("id"));
			generator.writeEndArray();
			generator.writeEndObject();
		}
		generator.writeEndArray();
	}

	private void writeRows(JsonGenerator generator, String property, String sql, long ownerId) {
		generator.writeName(property);
		generator.writeStartArray();
		List<BackupColumns.Column>[] columns = new List[1];
		this.jdbc.query(sql, (ResultSet rs) -> {
			if (columns[0] == null) {
				columns[0] = BackupColumns.of(rs.getMetaData());
			}
			generator.writeStartObject();
			BackupColumns.writeRow(generator, rs, columns[0]);
			generator.writeEndObject();
		}, ownerId);
		generator.writeEndArray();
	}

	private Map<Long, List<Map<String, Object>>> childrenOf(String table, List<Long> contactIds) {
		Map<Long, List<Map<String, Object>>> byContact = new HashMap<>();
		String order = switch (table) {
			case "contact_tag" -> "tag";
			case "contact_photo" -> "contact_id";
			case "important_date" -> "date_month, date_day, id";
			default -> "position, id";
		};
		String sql = "select * from " + table + " where contact_id in ("
				+ String.join(", ", Collections.nCopies(contactIds.size(), "?")) + ") order by contact_id, " + order;
		this.jdbc.query(sql, rs -> {
			byContact.computeIfAbsent(rs.getLong("contact_id"), id -> new ArrayList<>())
				.add(rowOf(rs, Set.of("owner_id", "contact_id", "id")));
		}, contactIds.toArray());
		return byContact;
	}

	/** A row as property → value, typed like {@link BackupColumns} writes them. */
	static Map<String, Object> rowOf(ResultSet rs, Set<String> left) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
			if (left.contains(name)) {
				continue;
			}
			Object value = switch (meta.getColumnType(i)) {
				case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
					long number = rs.getLong(i);
					yield rs.wasNull() ? null : number;
				}
				case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> {
					double number = rs.getDouble(i);
					yield rs.wasNull() ? null : number;
				}
				case Types.BOOLEAN, Types.BIT -> {
					boolean flag = rs.getBoolean(i);
					yield rs.wasNull() ? null : flag;
				}
				case Types.DATE -> {
					LocalDate date = rs.getObject(i, LocalDate.class);
					yield (date == null) ? null : date.toString();
				}
				case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
					OffsetDateTime time = rs.getObject(i, OffsetDateTime.class);
					yield (time == null) ? null : time.toInstant().toString();
				}
				default -> rs.getString(i);
			};
			row.put(BackupColumns.camelCase(name), value);
		}
		return row;
	}

	private static void writeProperty(JsonGenerator generator, String name, Object value) {
		generator.writeName(name);
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof Long number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Double number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Boolean flag) {
			generator.writeBoolean(flag);
		}
		else {
			generator.writeString(value.toString());
		}
	}

}
