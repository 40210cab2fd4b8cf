package dev.rapport.importing.backup;

import java.io.InputStream;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import dev.rapport.contact.NameSortKey;
import dev.rapport.importing.addressbook.AddressBookFileException;
import dev.rapport.importing.addressbook.AddressBookFileException.Reason;
import dev.rapport.shared.storage.LargeTransactions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Restores a backup written by {@link BackupWriter} into an account without contacts,
 * reading it as a stream: one contact or interaction in memory at a time, plus the map
 * from the backup's ids to the new ones. Every column the backup and the table share is
 * restored; ids are new and references follow them. Callers run it in one transaction: a
 * file that turns out broken halfway leaves nothing behind.
 */
@Component
public class BackupRestorer {

	/**
	 * How many rows of a list are restored before the transaction's pages so far go to
	 * the file ({@link LargeTransactions}): a backup of 200,000 interactions is one
	 * transaction.
	 */
	private static final int SPILL_EVERY = 1_000;

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Map<String, Map<String, Integer>> columnTypes = new HashMap<>();

	private final LargeTransactions largeTransactions;

	BackupRestorer(JdbcTemplate jdbc, ObjectMapper json, LargeTransactions largeTransactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.largeTransactions = largeTransactions;
	}

	/**
	 * @return what the backup held
	 * @throws AddressBookFileException when it is no backup, a newer version, broken, or
	 * the account has contacts already
	 */
	public Restored restore(long ownerId, InputStream in, int contactLimit) {
		Integer existing = this.jdbc.queryForObject("select count(*) from contact where owner_id = ?", Integer.class,
				ownerId);
		if (existing != null && existing > 0) {
			throw new AddressBookFileException(Reason.ACCOUNT_NOT_EMPTY, 0,
					"A backup can only be restored into an account without contacts; this one has " + existing
							+ ". Create a new account to restore it into.");
		}
		Ids ids = new Ids();
		int[] counts = new int[2];
		try (JsonParser parser = this.json.createParser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw notABackup(parser, "it does not start with a JSON object");
			}
			boolean formatSeen = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (!formatSeen && !name.equals("format")) {
					throw notABackup(parser, "its first property is not \"format\": \"rapport-backup\"");
				}
				switch (name) {
					case "format" -> {
						if (value != JsonToken.VALUE_STRING || !BackupWriter.FORMAT.equals(parser.getString())) {
							throw notABackup(parser, "its format is not \"rapport-backup\"");
						}
						formatSeen = true;
					}
					case "version" -> {
						if (value != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() > BackupWriter.VERSION) {
							throw new AddressBookFileException(Reason.UNSUPPORTED_BACKUP_VERSION, line(parser),
									"This backup was written by a newer version of Rapport (format version "
											+ parser.getString() + "); this one reads version " + BackupWriter.VERSION
											+ ".");
						}
					}
					case "contacts" -> eachElement(parser, contact -> {
						if (++counts[0] > contactLimit) {
							throw new AddressBookFileException(Reason.TOO_MANY_ENTRIES, line(parser),
									"The backup has more than " + contactLimit + " contacts.");
						}
						restoreContact(ownerId, contact, ids);
					});
					case "interactions" -> eachElement(parser, interaction -> {
						counts[1]++;
						restoreInteraction(ownerId, interaction, ids);
					});
					case "followUps" -> eachElement(parser, row -> {
						Map<String, Object> fixed = new HashMap<>();
						fixed.put("owner_id", ownerId);
						fixed.put("contact_id", ids.contact(row.get("contactId"), parser));
						JsonNode interaction = row.get("interactionId");
						fixed.put("interaction_id", (interaction == null || interaction.isNull()) ? null
								: ids.interaction(interaction, parser));
						insert("follow_up", row, fixed);
					});
					case "reconnectWeeks" -> eachElement(parser, week -> {
						Map<String, Object> fixed = Map.of("owner_id", ownerId);
						long weekId = insert("reconnect_week", week, fixed);
						for (JsonNode suggestion : week.path("suggestions")) {
							insert("reconnect_suggestion", suggestion, Map.of("week_id", weekId, "contact_id",
									ids.contact(suggestion.get("contactId"), parser)));
						}
					});
					case "reconnectNotNow" -> eachElement(parser, row -> insert("reconnect_not_now", row,
							Map.of("owner_id", ownerId, "contact_id", ids.contact(row.get("contactId"), parser))));
					case "sampleContacts" -> eachElement(parser, row -> insert("sample_contact", row,
							Map.of("owner_id", ownerId, "contact_id", ids.contact(row.get("contactId"), parser))));
					case "imports" ->
						eachElement(parser, row -> insert("import_record", row, Map.of("owner_id", ownerId)));
					default -> parser.skipChildren();
				}
			}
			if (!formatSeen) {
				throw notABackup(parser, "it has no \"format\"");
			}
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			throw new AddressBookFileException(Reason.NOT_A_BACKUP, line,
					"The backup is not valid JSON at line " + line + ": " + ex.getOriginalMessage());
		}
		return new Restored(counts[0], counts[1]);
	}

	private void restoreContact(long ownerId, JsonNode contact, Ids ids) {
		// The list's sort keys come from the names, never from the file: a backup taken
		// before they existed has none, and an edited one may hold stale ones.
		Map<String, Object> fixed = new HashMap<>();
		fixed.put("owner_id", ownerId);
		fixed.put("sort_first", NameSortKey.of(text(contact.get("firstName"))));
		fixed.put("sort_last", NameSortKey.of(text(contact.get("lastName"))));
		long id = insert("contact", contact, fixed);
		ids.contacts.put(contact.path("id").asLong(), id);
		for (JsonNode tag : contact.path("tags")) {
			this.jdbc.update("insert into contact_tag (contact_id, tag) values (?, ?)", id, tag.asString());
		}
		Map<String, String> children = Map.of("emails", "contact_email", "phones", "contact_phone", "addresses",
				"contact_address", "dates", "important_date");
		children.forEach((property, table) -> {
			for (JsonNode child : contact.path(property)) {
				insert(table, child, Map.of("owner_id", ownerId, "contact_id", id));
			}
		});
		JsonNode photo = contact.get("photo");
		if (photo != null && photo.isObject()) {
			insert("contact_photo", photo, Map.of("owner_id", ownerId, "contact_id", id));
		}
	}

	private void restoreInteraction(long ownerId, JsonNode interaction, Ids ids) {
		long id = insert("interaction", interaction, Map.of("owner_id", ownerId));
		ids.interactions.put(interaction.path("id").asLong(), id);
		for (JsonNode participant : interaction.path("participantIds")) {
			// The participant row keeps a copy of the interaction's date, kind and
			// direction.
			this.jdbc.update("""
					insert into interaction_participant (interaction_id, contact_id, occurred_on, kind, direction)
					select i.id, ?, i.occurred_on, i.kind, i.direction from interaction i where i.id = ?""",
					ids.contact(participant, null), id);
		}
	}

	/**
	 * Inserts a row with every column the JSON object and the table share, the
	 * {@code fixed} values (owner and references, already mapped) overriding the
	 * object's.
	 * @return the new row's id, or 0 for tables without one
	 */
	private long insert(String table, JsonNode row, Map<String, Object> fixed) {
		Map<String, Integer> types = columnsOf(table);
		Map<String, Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> column : types.entrySet()) {
			String name = column.getKey();
			if (name.equals("id") || fixed.containsKey(name)) {
				continue;
			}
			JsonNode value = row.get(BackupColumns.camelCase(name));
			if (value != null) {
				values.put(name, valueOf(value, column.getValue(), table, name));
			}
		}
		values.putAll(fixed);
		List<String> names = new ArrayList<>(values.keySet());
		String sql = "insert into " + table + " (" + String.join(", ", names) + ") values ("
				+ String.join(", ", names.stream().map(name -> "?").toList()) + ")";
		boolean hasId = types.containsKey("id");
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			this.jdbc.update(connection -> {
				PreparedStatement ps = hasId ? connection.prepareStatement(sql, new String[] { "id" })
						: connection.prepareStatement(sql);
				for (int i = 0; i < names.size(); i++) {
					Object value = values.get(names.get(i));
					if (value == null) {
						ps.setNull(i + 1, types.getOrDefault(names.get(i), Types.VARCHAR));
					}
					else {
						ps.setObject(i + 1, value);
					}
				}
				return ps;
			}, keys);
		}
		catch (DataIntegrityViolationException ex) {
			throw new AddressBookFileException(Reason.NOT_A_BACKUP, 0, "This is not a complete Rapport backup: a "
					+ table.replace('_', ' ') + " lacks a required field or holds a value that does not fit.");
		}
		return hasId ? keys.getKey().longValue() : 0;
	}

	private static String text(JsonNode value) {
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static Object valueOf(JsonNode value, int sqlType, String table, String column) {
		if (value.isNull()) {
			return null;
		}
		try {
			return switch (sqlType) {
				case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> value.asLong();
				case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> value.asDouble();
				case Types.BOOLEAN, Types.BIT -> value.asBoolean();
				case Types.DATE -> Date.valueOf(LocalDate.parse(value.asString()));
				case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Timestamp.from(Instant.parse(value.asString()));
				default -> value.asString();
			};
		}
		catch (DateTimeParseException ex) {
			throw new AddressBookFileException(Reason.NOT_A_BACKUP, 0,
					"The backup's " + table + "." + column + " holds \"" + value.asString() + "\", which is no date.");
		}
	}

	private Map<String, Integer> columnsOf(String table) {
		return this.columnTypes.computeIfAbsent(table,
				name -> this.jdbc.query("select * from " + name + " where 1 = 0", rs -> {
					ResultSetMetaData meta = rs.getMetaData();
					Map<String, Integer> types = new LinkedHashMap<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						types.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
					}
					return types;
				}));
	}

	private void eachElement(JsonParser parser, Consumer<JsonNode> action) {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw notABackup(parser, "\"" + parser.currentName() + "\" is not a list");
		}
		int restored = 0;
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			// The app's mapper refuses trailing tokens; within a stream, the next element
			// always trails.
			JsonNode node = this.json.readerFor(JsonNode.class)
				.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
				.readValue(parser);
			action.accept(node);
			if (++restored % SPILL_EVERY == 0) {
				this.largeTransactions.spill();
			}
		}
		if (parser.currentToken() != JsonToken.END_ARRAY) {
			throw notABackup(parser, "a list holds something other than objects");
		}
	}

	private static AddressBookFileException notABackup(JsonParser parser, String problem) {
		return new AddressBookFileException(Reason.NOT_A_BACKUP, line(parser),
				"This is not a Rapport backup: " + problem + ".");
	}

	private static int line(JsonParser parser) {
		return (parser == null || parser.currentLocation() == null) ? 0 : parser.currentLocation().getLineNr();
	}

	/**
	 * Old ids to new ones in two arrays of primitives, searched by binary search: as a
	 * {@code HashMap} of boxed pairs, the 210,000 ids of 10,000 contacts and 200,000
	 * interactions took about 15 MB of the 160 MB heap for the whole restore. A backup
	 * lists each kind in the order of its ids, so the arrays are sorted as they fill; a
	 * file that is not is sorted once, at the first look-up.
	 */
	static final class IdMap {

		private long[] from = new long[1024];

		private long[] to = new long[1024];

		private int size;

		private boolean sorted = true;

		void put(long oldId, long newId) {
			if (this.size == this.from.length) {
				this.from = Arrays.copyOf(this.from, this.size * 2);
				this.to = Arrays.copyOf(this.to, this.size * 2);
			}
			if (this.size > 0 && oldId <= this.from[this.size - 1]) {
				this.sorted = false;
			}
			this.from[this.size] = oldId;
			this.to[this.size] = newId;
			this.size++;
		}

		Long get(long oldId) {
			if (!this.sorted) {
				sort();
			}
			int index = Arrays.binarySearch(this.from, 0, this.size, oldId);
			return (index >= 0) ? this.to[index] : null;
		}

		private void sort() {
			Integer[] order = new Integer[this.size];
			Arrays.setAll(order, i -> i);
			// Stable: of one id listed twice, the later row wins, as it would in a map.
			Arrays.sort(order, Comparator.comparingLong(i -> this.from[i]));
			long[] sortedFrom = new long[this.from.length];
			long[] sortedTo = new long[this.to.length];
			int kept = 0;
			for (int i = 0; i < this.size; i++) {
				int row = order[i];
				if (kept > 0 && sortedFrom[kept - 1] == this.from[row]) {
					kept--;
				}
				sortedFrom[kept] = this.from[row];
				sortedTo[kept] = this.to[row];
				kept++;
			}
			this.from = sortedFrom;
			this.to = sortedTo;
			this.size = kept;
			this.sorted = true;
		}

	}

	/** How many contacts and interactions a backup held. */
	public record Restored(int contacts, int interactions) {
	}

	/** The backup's ids and the new ones. */
	private static final class Ids {

		private final IdMap contacts = new IdMap();

		private final IdMap interactions = new IdMap();

		long contact(JsonNode oldId, JsonParser parser) {
			Long id = (oldId == null) ? null : this.contacts.get(oldId.asLong());
			if (id == null) {
				throw notABackup(parser, "it refers to a contact it does not contain (" + oldId + ")");
			}
			return id;
		}

		long interaction(JsonNode oldId, JsonParser parser) {
			Long id = this.interactions.get(oldId.asLong());
			if (id == null) {
				throw notABackup(parser, "it refers to an interaction it does not contain (" + oldId + ")");
			}
			return id;
		}

	}

}
