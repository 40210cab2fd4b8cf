package dev.rapport.importing.export;

/**
 * The query of one page of an owner's contacts in id order, after a given id, as every
 * export reads them (a page at a time, with the page's emails, phones, tags and dates).
 * <p>
 * The owner is tested through {@code coalesce}, so that neither database can use the
 * owner's indexes for it: with {@code owner_id = ?} H2 chose the owner's name index, read
 * every contact of the owner and sorted them for each page, so an export of 40,000
 * contacts read 80 pages × 40,000 rows (docs/benchmarks.md, "Full exports"). This way
 * each page is a walk of the primary key from the last id, 501 rows for a page of 500
 * (other owners' contacts in the same id range are read and dropped).
 */
public final class ContactsInKeyOrder {

	private ContactsInKeyOrder() {
	}

	/**
	 * A query with two parameters, the owner's id and the last id already read.
	 * @param columns the select list, from table {@code contact}; must include {@code id}
	 * @param pageSize the most rows a page holds
	 */
	public static String pageQuery(String columns, int pageSize) {
		return "select " + columns + " from contact where coalesce(owner_id, 0) = ? and id > ? order by id fetch first "
				+ pageSize + " rows only";
	}

}
