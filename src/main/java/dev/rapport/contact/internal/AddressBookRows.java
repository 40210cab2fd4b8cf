package dev.rapport.contact.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.rapport.contact.CardDate;
import dev.rapport.contact.CardUpdate;
import dev.rapport.contact.ContactCard;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.ExistingCard;
import dev.rapport.contact.LabelledValue;
import dev.rapport.contact.NameSortKey;
import dev.rapport.contact.PostalAddress;
import dev.rapport.contact.YearlyDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes what address books hold (several emails, phones and addresses, a
 * photo) in the bulk an import needs, with plain JDBC like {@link ContactImports}: a
 * 10,000-card file becomes a few hundred statements instead of tens of thousands.
 */
@Repository
public class AddressBookRows {

	static final int ROWS_PER_INSERT = 100;

	private static final String INSERT_CONTACT = """
			insert into contact (owner_id, first_name, last_name, sort_first, sort_last, email, phone, company, position, linkedin_url,
			                     notes, source, source_uid, created_at, no_suggest, archived, version)
			values """;

	private static final String CONTACT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, 0)";

	/**
	 * Fills only what is still empty, so a hand edit between preview and commit is never
	 * overwritten.
	 */
	private static final String UPDATE_CONTACT = """
			update contact
			set source_uid = coalesce(source_uid, ?), email = coalesce(email, ?), phone = coalesce(phone, ?),
			    company = coalesce(company, ?), position = coalesce(position, ?),
			    linkedin_url = coalesce(linkedin_url, ?), notes = coalesce(notes, ?), version = version + 1
			where id = ? and owner_id = ? and version = ?
			""";

	private final JdbcTemplate jdbc;

	AddressBookRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every contact of the owner, with what matching and filling need. */
	public List<ExistingCard> existingOf(long ownerId) {
		Map<Long, List<String>> emails = valuesOf(
				"select contact_id, email from contact_email where owner_id = ? " + "order by contact_id, position",
				ownerId);
		Map<Long, List<String>> phones = valuesOf(
				"select contact_id, phone from contact_phone where owner_id = ? " + "order by contact_id, position",
				ownerId);
		Map<Long, List<String>> tags = valuesOf("select t.contact_id, t.tag from contact_tag t join contact c "
				+ "on c.id = t.contact_id where c.owner_id = ?", ownerId);
		Map<Long, Integer> addresses = new HashMap<>();
		this.jdbc.query("select contact_id, count(*) from contact_address where owner_id = ? group by contact_id",
				rs -> {
					addresses.put(rs.getLong(1), rs.getInt(2));
				}, ownerId);
		Map<Long, Set<String>> dateKeys = new HashMap<>();
		this.jdbc.query("select contact_id, kind, label, date_year, date_month, date_day from important_date "
				+ "where owner_id = ? and kind <> 'BIRTHDAY'", rs -> {
					CardDate date = new CardDate(DateKind.valueOf(rs.getString(2)), rs.getString(3),
							new YearlyDate((Integer) rs.getObject(4, Integer.class), rs.getInt(5), rs.getInt(6)));
					dateKeys.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(date.matchKey());
				}, ownerId);
		Set<Long> birthdays = new HashSet<>(this.jdbc.queryForList(
				"select contact_id from important_date where owner_id = ? and kind = 'BIRTHDAY'", Long.class, ownerId));
		Set<Long> photos = new HashSet<>(
				this.jdbc.queryForList("select contact_id from contact_photo where owner_id = ?", Long.class, ownerId));
		return this.jdbc.query("""
				select id, version, source_uid, first_name, last_name, email, phone, company, position,
				       linkedin_url, notes
				from contact where owner_id = ? order by id
				""", (rs, row) -> {
			long id = rs.getLong(1);
			String lastName = rs.getString(5);
			String email = rs.getString(6);
			String phone = rs.getString(7);
			return new ExistingCard(id, rs.getLong(2), rs.getString(3),
					(lastName == null) ? rs.getString(4) : rs.getString(4) + " " + lastName, email, phone,
					rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), birthdays.contains(id),
					photos.contains(id), withPrimary(email, emails.getOrDefault(id, List.of())),
					withPrimary(phone, phones.getOrDefault(id, List.of())), addresses.getOrDefault(id, 0),
					lowerCase(tags.getOrDefault(id, List.of())), dateKeys.getOrDefault(id, Set.of()));
		}, ownerId);
	}

	/** Creates the contacts and everything they hold; photos arrive already scaled. */
	public List<Long> insert(long ownerId, String source, List<ContactCard> cards, List<byte[]> avatars,
			Instant createdAt) {
		List<Long> ids = new ArrayList<>(cards.size());
		Timestamp created = Timestamp.from(createdAt);
		for (int from = 0; from < cards.size(); from += ROWS_PER_INSERT) {
			List<ContactCard> rows = cards.subList(from, Math.min(from + ROWS_PER_INSERT, cards.size()));
			String sql = INSERT_CONTACT + String.join(", ", Collections.nCopies(rows.size(), CONTACT_ROW));
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.update(connection -> {
				PreparedStatement ps = connection.prepareStatement(sql, new String[] { "id" });
				int index = 0;
				for (ContactCard card : rows) {
					ps.setLong(++index, ownerId);
					ps.setString(++index, card.firstName());
					ps.setString(++index, card.lastName());
					ps.setString(++index, NameSortKey.of(card.firstName()));
					ps.setString(++index, NameSortKey.of(card.lastName()));
					ps.setString(++index, card.primaryEmail());
					ps.setString(++index, card.primaryPhone());
					ps.setString(++index, card.company());
					ps.setString(++index, card.position());
					ps.setString(++index, card.linkedinUrl());
					ps.setString(++index, card.notes());
					ps.setString(++index, source);
					ps.setString(++index, card.sourceUid());
					ps.setTimestamp(++index, created);
				}
				return ps;
			}, keys);
			for (Map<String, Object> key : keys.getKeyList()) {
				ids.add(((Number) key.values().iterator().next()).longValue());
			}
		}
		if (ids.size() != cards.size()) {
			throw new IllegalStateException("Expected " + cards.size() + " generated ids, got " + ids.size());
		}
		List<Child<LabelledValue>> emails = new ArrayList<>();
		List<Child<LabelledValue>> phones = new ArrayList<>();
		List<Child<PostalAddress>> addresses = new ArrayList<>();
		List<Child<String>> tags = new ArrayList<>();
		List<Child<byte[]>> photos = new ArrayList<>();
		List<Child<DateRow>> dates = new ArrayList<>();
		for (int i = 0; i < cards.size(); i++) {
			long id = ids.get(i);
			ContactCard card = cards.get(i);
			addChildren(emails, id, card.emails(), 0);
			addChildren(phones, id, card.phones(), 0);
			addChildren(addresses, id, card.addresses(), 0);
			addChildren(tags, id, card.tags(), 0);
			if (avatars.get(i) != null) {
				photos.add(new Child<>(id, 0, avatars.get(i)));
			}
			addBirthday(dates, id, card.birthday(), card.birthdayWithoutYear());
			addDates(dates, id, card.dates());
		}
		insertChildren(ownerId, emails, phones, addresses, tags, photos, dates);
		return ids;
	}

	/**
	 * @return how many contacts were still at the expected version
	 */
	public int update(long ownerId, List<CardUpdate> updates, List<byte[]> avatars) {
		List<CardUpdate> rowUpdates = updates.stream().filter(CardUpdate::changesContactRow).toList();
		List<CardUpdate> childOnly = updates.stream().filter(update -> !update.changesContactRow()).toList();
		int applied = 0;
		if (!rowUpdates.isEmpty()) {
			int[][] counts = this.jdbc.batchUpdate(UPDATE_CONTACT, rowUpdates, rowUpdates.size(), (ps, update) -> {
				ps.setString(1, update.sourceUid());
				ps.setString(2, update.email());
				ps.setString(3, update.phone());
				ps.setString(4, update.company());
				ps.setString(5, update.position());
				ps.setString(6, update.linkedinUrl());
				ps.setString(7, update.notes());
				ps.setLong(8, update.contactId());
				ps.setLong(9, ownerId);
				ps.setLong(10, update.expectedVersion());
			});
			for (int[] batch : counts) {
				for (int count : batch) {
					applied += Math.max(count, 0);
				}
			}
		}
		if (!childOnly.isEmpty()) {
			// Only emails, phones, tags or a photo change: still bump the version, so an
			// open edit form notices.
			int[][] counts = this.jdbc.batchUpdate(
					"update contact set version = version + 1 where id = ? and owner_id = ? and version = ?", childOnly,
					childOnly.size(), (ps, update) -> {
						ps.setLong(1, update.contactId());
						ps.setLong(2, ownerId);
						ps.setLong(3, update.expectedVersion());
					});
			for (int[] batch : counts) {
				for (int count : batch) {
					applied += Math.max(count, 0);
				}
			}
		}
		Map<Long, Integer> emailPositions = nextPositions("contact_email", ownerId, updates);
		Map<Long, Integer> phonePositions = nextPositions("contact_phone", ownerId, updates);
		List<Child<LabelledValue>> emails = new ArrayList<>();
		List<Child<LabelledValue>> phones = new ArrayList<>();
		List<Child<PostalAddress>> addresses = new ArrayList<>();
		List<Child<String>> tags = new ArrayList<>();
		List<Child<byte[]>> photos = new ArrayList<>();
		List<Child<DateRow>> dates = new ArrayList<>();
		for (int i = 0; i < updates.size(); i++) {
			CardUpdate update = updates.get(i);
			long id = update.contactId();
			addChildren(emails, id, update.newEmails(), emailPositions.getOrDefault(id, 0));
			addChildren(phones, id, update.newPhones(), phonePositions.getOrDefault(id, 0));
			addChildren(addresses, id, update.newAddresses(), 0);
			addChildren(tags, id, update.newTags(), 0);
			if (avatars.get(i) != null) {
				photos.add(new Child<>(id, 0, avatars.get(i)));
			}
			addBirthday(dates, id, update.birthday(), update.birthdayWithoutYear());
			addDates(dates, id, update.newDates());
		}
		insertChildren(ownerId, emails, phones, addresses, tags, photos, dates);
		return applied;
	}

	/** The contact's emails, phones and addresses as imported, in the source's order. */
	public List<LabelledValue> emailsOf(long ownerId, long contactId) {
		return this.jdbc.query(
				"select label, email from contact_email where owner_id = ? and contact_id = ? order by position, id",
				(rs, row) -> new LabelledValue(rs.getString(1), rs.getString(2)), ownerId, contactId);
	}

	public List<LabelledValue> phonesOf(long ownerId, long contactId) {
		return this.jdbc.query(
				"select label, phone from contact_phone where owner_id = ? and contact_id = ? order by position, id",
				(rs, row) -> new LabelledValue(rs.getString(1), rs.getString(2)), ownerId, contactId);
	}

	public List<PostalAddress> addressesOf(long ownerId, long contactId) {
		return this.jdbc.query("""
				select label, street, locality, region, postal_code, country from contact_address
				where owner_id = ? and contact_id = ? order by position, id
				""", (rs, row) -> new PostalAddress(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6)), ownerId, contactId);
	}

	/** Emails of many contacts at once, by contact id (for lists and exports). */
	public Map<Long, List<LabelledValue>> emailsOf(long ownerId, Collection<Long> contactIds) {
		return labelledOf("contact_email", "email", ownerId, contactIds);
	}

	public Map<Long, List<LabelledValue>> phonesOf(long ownerId, Collection<Long> contactIds) {
		return labelledOf("contact_phone", "phone", ownerId, contactIds);
	}

	public Optional<byte[]> photoOf(long ownerId, long contactId) {
		return this.jdbc
			.query("select data_base64 from contact_photo where owner_id = ? and contact_id = ?",
					(rs, row) -> rs.getString(1), ownerId, contactId)
			.stream()
			.findFirst()
			.map(Base64.getDecoder()::decode);
	}

	/**
	 * Selects a column outside the owner's index on purpose: asked only for
	 * {@code contact_id} (the row key), H2 answered from that index, reading every photo
	 * of the owner, instead of looking the one row up by its key.
	 */
	public boolean hasPhoto(long ownerId, long contactId) {
		return !this.jdbc
			.queryForList("select content_type from contact_photo where owner_id = ? and contact_id = ?", String.class,
					ownerId, contactId)
			.isEmpty();
	}

	/** Which of these contacts have a photo (one query for a page of avatars). */
	public Set<Long> withPhotos(long ownerId, Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return Set.of();
		}
		String marks = String.join(",", Collections.nCopies(contactIds.size(), "?"));
		Object[] arguments = new Object[contactIds.size() + 1];
		arguments[0] = ownerId;
		int i = 1;
		for (Long id : contactIds) {
			arguments[i++] = id;
		}
		return new HashSet<>(this.jdbc.queryForList(
				"select contact_id from contact_photo where owner_id = ? and contact_id in (" + marks + ")", Long.class,
				arguments));
	}

	/** Stores or replaces a contact's (already scaled) photo. */
	public void savePhoto(long ownerId, long contactId, byte[] jpeg) {
		this.jdbc.update("delete from contact_photo where owner_id = ? and contact_id = ?", ownerId, contactId);
		this.jdbc.update(
				"insert into contact_photo (contact_id, owner_id, content_type, data_base64) values (?, ?, ?, ?)",
				contactId, ownerId, "image/jpeg", Base64.getEncoder().encodeToString(jpeg));
	}

	private Map<Long, List<LabelledValue>> labelledOf(String table, String column, long ownerId,
			Collection<Long> contactIds) {
		Map<Long, List<LabelledValue>> byContact = new HashMap<>();
		if (contactIds.isEmpty()) {
			return byContact;
		}
		List<Long> ids = List.copyOf(contactIds);
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			String sql = "select contact_id, label, " + column + " from " + table
					+ " where owner_id = ? and contact_id in ("
					+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") order by contact_id, position, id";
			List<Object> args = new ArrayList<>();
			args.add(ownerId);
			args.addAll(chunk);
			this.jdbc.query(sql, rs -> {
				byContact.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new LabelledValue(rs.getString(2), rs.getString(3)));
			}, args.toArray());
		}
		return byContact;
	}

	private Map<Long, List<String>> valuesOf(String sql, long ownerId) {
		Map<Long, List<String>> byContact = new HashMap<>();
		this.jdbc.query(sql, rs -> {
			byContact.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
		}, ownerId);
		return byContact;
	}

	private Map<Long, Integer> nextPositions(String table, long ownerId, List<CardUpdate> updates) {
		Map<Long, Integer> next = new HashMap<>();
		if (updates.isEmpty()) {
			return next;
		}
		List<Long> ids = updates.stream().map(CardUpdate::contactId).toList();
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			List<Object> args = new ArrayList<>();
			args.add(ownerId);
			args.addAll(chunk);
			this.jdbc.query(
					"select contact_id, max(position) from " + table + " where owner_id = ? and contact_id in ("
							+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") group by contact_id",
					rs -> {
						next.put(rs.getLong(1), rs.getInt(2) + 1);
					}, args.toArray());
		}
		return next;
	}

	private static <T> void addChildren(List<Child<T>> children, long contactId, List<T> values, int firstPosition) {
		for (int i = 0; i < values.size(); i++) {
			children.add(new Child<>(contactId, firstPosition + i, values.get(i)));
		}
	}

	private void insertChildren(long ownerId, List<Child<LabelledValue>> emails, List<Child<LabelledValue>> phones,
			List<Child<PostalAddress>> addresses, List<Child<String>> tags, List<Child<byte[]>> photos,
			List<Child<DateRow>> dates) {
		insertRows("insert into contact_email (owner_id, contact_id, label, email, position) values ",
				"(?, ?, ?, ?, ?)", emails, (ps, index, child) -> {
					ps.setLong(index, ownerId);
					ps.setLong(index + 1, child.contactId());
					ps.setString(index + 2, child.value().label());
					ps.setString(index + 3, child.value().value());
					ps.setInt(index + 4, child.position());
					return 5;
				});
		insertRows("insert into contact_phone (owner_id, contact_id, label, phone, position) values ",
				"(?, ?, ?, ?, ?)", phones, (ps, index, child) -> {
					ps.setLong(index, ownerId);
					ps.setLong(index + 1, child.contactId());
					ps.setString(index + 2, child.value().label());
					ps.setString(index + 3, child.value().value());
					ps.setInt(index + 4, child.position());
					return 5;
				});
		insertRows(
				"insert into contact_address (owner_id, contact_id, label, street, locality, region, postal_code, "
						+ "country, position) values ",
				"(?, ?, ?, ?, ?, ?, ?, ?, ?)", addresses, (ps, index, child) -> {
					PostalAddress address = child.value();
					ps.setLong(index, ownerId);
					ps.setLong(index + 1, child.contactId());
					ps.setString(index + 2, address.label());
					ps.setString(index + 3, address.street());
					ps.setString(index + 4, address.locality());
					ps.setString(index + 5, address.region());
					ps.setString(index + 6, address.postalCode());
					ps.setString(index + 7, address.country());
					ps.setInt(index + 8, child.position());
					return 9;
				});
		insertRows("insert into contact_tag (contact_id, tag) values ", "(?, ?)", tags, (ps, index, child) -> {
			ps.setLong(index, child.contactId());
			ps.setString(index + 1, child.value());
			return 2;
		});
		insertRows("insert into contact_photo (contact_id, owner_id, content_type, data_base64) values ",
				"(?, ?, ?, ?)", photos, (ps, index, child) -> {
					ps.setLong(index, child.contactId());
					ps.setLong(index + 1, ownerId);
					ps.setString(index + 2, "image/jpeg");
					ps.setString(index + 3, Base64.getEncoder().encodeToString(child.value()));
					return 4;
				});
		insertRows(
				"insert into important_date (owner_id, contact_id, kind, label, date_year, date_month, date_day, "
						+ "remind_days_before, version) values ",
				"(?, ?, ?, ?, ?, ?, ?, ?, 0)", dates, (ps, index, child) -> {
					DateRow date = child.value();
					ps.setLong(index, ownerId);
					ps.setLong(index + 1, child.contactId());
					ps.setString(index + 2, date.kind().name());
					ps.setString(index + 3, date.label());
					if (date.year() == null) {
						ps.setNull(index + 4, Types.INTEGER);
					}
					else {
						ps.setInt(index + 4, date.year());
					}
					ps.setInt(index + 5, date.month());
					ps.setInt(index + 6, date.day());
					ps.setInt(index + 7, date.remindDaysBefore());
					return 8;
				});
	}

	private <T> void insertRows(String insert, String row, List<Child<T>> children, Binder<T> binder) {
		for (int from = 0; from < children.size(); from += ROWS_PER_INSERT) {
			List<Child<T>> rows = children.subList(from, Math.min(from + ROWS_PER_INSERT, children.size()));
			String sql = insert + String.join(", ", Collections.nCopies(rows.size(), row));
			this.jdbc.update(sql, ps -> {
				int index = 1;
				for (Child<T> child : rows) {
					index += binder.bind(ps, index, child);
				}
			});
		}
	}

	/**
	 * A birthday goes to the contact's important dates, with or without its year
	 * ({@code --MM-DD}), reminded a week ahead like the dates page's default.
	 */
	private static void addBirthday(List<Child<DateRow>> dates, long contactId, LocalDate birthday,
			String withoutYear) {
		Integer year = null;
		int month;
		int day;
		if (birthday != null) {
			year = birthday.getYear();
			month = birthday.getMonthValue();
			day = birthday.getDayOfMonth();
		}
		else if (withoutYear != null && withoutYear.matches("--\\d{2}-\\d{2}")) {
			month = Integer.parseInt(withoutYear.substring(2, 4));
			day = Integer.parseInt(withoutYear.substring(5, 7));
			if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
				return;
			}
		}
		else {
			return;
		}
		dates.add(new Child<>(contactId, 0, new DateRow(DateKind.BIRTHDAY, null, year, month, day, 7)));
	}

	/**
	 * Anniversaries and other dates, reminded as the dates page does by default (3 days
	 * ahead).
	 */
	private static void addDates(List<Child<DateRow>> rows, long contactId, List<CardDate> dates) {
		for (CardDate date : dates) {
			rows.add(new Child<>(contactId, 0, new DateRow(date.kind(), date.label(), date.date().year(),
					date.date().month(), date.date().day(), date.kind().defaultRemindDaysBefore())));
		}
	}

	private static List<String> withPrimary(String primary, List<String> all) {
		if (primary == null || all.stream().anyMatch(primary::equalsIgnoreCase)) {
			return all;
		}
		List<String> values = new ArrayList<>(all.size() + 1);
		values.add(primary);
		values.addAll(all);
		return values;
	}

	private static Set<String> lowerCase(List<String> tags) {
		Set<String> lower = new HashSet<>();
		tags.forEach(tag -> lower.add(tag.toLowerCase(Locale.ROOT)));
		return lower;
	}

	private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
		if (date == null) {
			ps.setNull(index, Types.DATE);
		}
		else {
			ps.setDate(index, Date.valueOf(date));
		}
	}

	private record Child<T>(long contactId, int position, T value) {
	}

	/** An important date as its row holds it. */
	private record DateRow(DateKind kind, String label, Integer year, int month, int day, int remindDaysBefore) {
	}

	@FunctionalInterface
	private interface Binder<T> {

		/**
		 * @return how many parameters it bound
		 */
		int bind(PreparedStatement ps, int index, Child<T> child) throws SQLException;

	}

}
