package dev.rapport.importing.addressbook;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one address book lays out its CSV export: it reads a row (by the header's column
 * names) into a raw card.
 */
interface CsvDialect {

	/**
	 * Prepares for a file with this header; the header decides the language or
	 * generation.
	 */
	Columns columns(List<String> header);

	/** A header understood: turns rows into raw cards. */
	interface Columns {

		void read(Row row, RawCard card);

	}

	/**
	 * A CSV row read by column name; rows shorter than the header read as empty at the
	 * end.
	 */
	final class Row {

		private final Map<String, List<Integer>> indexes;

		private final List<String> fields;

		Row(Map<String, List<Integer>> indexes, List<String> fields) {
			this.indexes = indexes;
			this.fields = fields;
		}

		/** The value of the first column with this name, or {@code null}. */
		String get(String column) {
			return nth(column, 0);
		}

		/**
		 * The value of the first of these columns that has one, or {@code null}: one
		 * field under the names of several exporters or header generations.
		 */
		String firstPresent(String... columns) {
			for (String column : columns) {
				String value = get(column);
				if (value != null) {
					return value;
				}
			}
			return null;
		}

		/**
		 * The value of the {@code n}th (0-based) column with this name: Outlook repeats
		 * some.
		 */
		String nth(String column, int n) {
			List<Integer> at = this.indexes.get(column.toLowerCase(Locale.ROOT));
			if (at == null || at.size() <= n) {
				return null;
			}
			int index = at.get(n);
			if (index >= this.fields.size()) {
				return null;
			}
			String value = this.fields.get(index);
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		boolean has(String column) {
			return this.indexes.containsKey(column.toLowerCase(Locale.ROOT));
		}

	}

}
