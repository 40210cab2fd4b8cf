package dev.rapport.contact.internal;

import java.util.List;

import dev.rapport.contact.LabelledValue;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Moves what the contact module keeps beside a contact (emails, phones, addresses, photo,
 * dates, import keys) from a merged-away contact to the kept one, with plain SQL inside
 * the merge's transaction. Both ids are already known to be the owner's; every statement
 * is still scoped to the owner.
 */
@Repository
public class MergeRows {

	private final JdbcTemplate jdbc;

	MergeRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the kept contact's extra emails with {@code emails}, in this order. */
	public void replaceEmails(long ownerId, long keptId, List<LabelledValue> emails) {
		replaceLabelled("contact_email", "email", ownerId, keptId, emails);
	}

	public void replacePhones(long ownerId, long keptId, List<LabelledValue> phones) {
		replaceLabelled("contact_phone", "phone", ownerId, keptId, phones);
	}

	/** The other contact's addresses go after the kept contact's. */
	public void moveAddresses(long ownerId, long keptId, long otherId) {
		Integer last = this.jdbc.queryForObject(
				"select coalesce(max(position), -1) from contact_address where owner_id = ? and contact_id = ?",
				Integer.class, ownerId, keptId);
		this.jdbc.update(
				"update contact_address set contact_id = ?, position = position + ? "
						+ "where owner_id = ? and contact_id = ?",
				keptId, (last == null ? 0 : last + 1), ownerId, otherId);
	}

	/**
	 * The kept contact ends up with the other's photo when {@code takeOther} or when it
	 * has none of its own; otherwise the other's photo goes with the other contact.
	 */
	public void movePhoto(long ownerId, long keptId, long otherId, boolean takeOther) {
		boolean otherHasPhoto = count("select count(*) from contact_photo where owner_id = ? and contact_id = ?",
				ownerId, otherId) > 0;
		if (!otherHasPhoto) {
			return;
		}
		boolean keptHasPhoto = count("select count(*) from contact_photo where owner_id = ? and contact_id = ?",
				ownerId, keptId) > 0;
		if (keptHasPhoto && !takeOther) {
			return;
		}
		this.jdbc.update("delete from contact_photo where owner_id = ? and contact_id = ?", ownerId, keptId);
		this.jdbc.update("update contact_photo set contact_id = ? where owner_id = ? and contact_id = ?", keptId,
				ownerId, otherId);
	}

	/**
	 * Moves the other contact's dates except its birthday (the merge sets the one
	 * birthday); a date the kept contact already has (same kind, label and day) is not
	 * doubled.
	 */
	public void moveDates(long ownerId, long keptId, long otherId) {
		this.jdbc.update("""
				update important_date set contact_id = ?, version = version + 1
				where owner_id = ? and contact_id = ? and kind <> 'BIRTHDAY'
				  and not exists (select 1 from important_date k
				                  where k.owner_id = important_date.owner_id and k.contact_id = ?
				                    and k.kind = important_date.kind and k.date_month = important_date.date_month
				                    and k.date_day = important_date.date_day
				                    and coalesce(k.label, '') = coalesce(important_date.label, ''))
				""", keptId, ownerId, otherId, keptId);
	}

	/**
	 * The keys later imports match by (LinkedIn's import key, an address book's UID, the
	 * values last imported) pass to the kept contact where it has none, so importing
	 * either file again updates the kept contact instead of creating the merged-away one
	 * anew. The import key is unique per owner: it leaves the other contact first.
	 */
	public void moveImportKeys(long ownerId, long keptId, long otherId) {
		List<Object[]> other = this.jdbc.query(
				"select import_key, source_uid, imported_company, imported_position from contact "
						+ "where owner_id = ? and id = ?",
				(rs, row) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) },
				ownerId, otherId);
		if (other.isEmpty()) {
			return;
		}
		Object[] keys = other.get(0);
		this.jdbc.update("update contact set import_key = null where owner_id = ? and id = ?", ownerId, otherId);
		this.jdbc.update("""
				update contact
				set imported_company = case when import_key is null then ? else imported_company end,
				    imported_position = case when import_key is null then ? else imported_position end,
				    import_key = coalesce(import_key, ?), source_uid = coalesce(source_uid, ?)
				where owner_id = ? and id = ?
				""", keys[2], keys[3], keys[0], keys[1], ownerId, keptId);
	}

	private void replaceLabelled(String table, String column, long ownerId, long keptId, List<LabelledValue> values) {
		this.jdbc.update("delete from " + table + " where owner_id = ? and contact_id = ?", ownerId, keptId);
		int position = 0;
		for (LabelledValue value : values) {
			this.jdbc.update(
					"insert into " + table + " (owner_id, contact_id, label, " + column
							+ ", position) values (?, ?, ?, ?, ?)",
					ownerId, keptId, value.label(), value.value(), position++);
		}
	}

	private int count(String sql, Object... args) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, args);
		return (count == null) ? 0 : count;
	}

}
