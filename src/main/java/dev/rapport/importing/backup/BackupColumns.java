package dev.rapport.importing.backup;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JsonGenerator;

/**
 * Writes table rows as JSON objects, every column but the owner's id, named in camelCase:
 * a backup holds every field the database has, also fields added after this code was
 * written, without a mapping to keep in step. Dates are ISO days, timestamps ISO
 * instants.
 */
final class BackupColumns {

	/** Never in a backup: the owner is whoever restores it. */
	static final Set<String> NOT_EXPORTED = Set.of("owner_id");

	private BackupColumns() {
	}

	static List<Column> of(ResultSetMetaData meta) throws SQLException {
		List<Column> columns = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
			if (!NOT_EXPORTED.contains(name)) {
				columns.add(new Column(i, name, camelCase(name), meta.getColumnType(i)));
			}
		}
		return columns;
	}

	static void writeRow(JsonGenerator json, ResultSet rs, List<Column> columns) throws SQLException {
		for (Column column : columns) {
			json.writeName(column.property());
			writeValue(json, rs, column);
		}
	}

	private static void writeValue(JsonGenerator json, ResultSet rs, Column column) throws SQLException {
		switch (column.sqlType()) {
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
				long value = rs.getLong(column.index());
				if (rs.wasNull()) {
					json.writeNull();
				}
				else {
					json.writeNumber(value);
				}
			}
			case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> {
				double value = rs.getDouble(column.index());
				if (rs.wasNull()) {
					json.writeNull();
				}
				else {
					json.writeNumber(value);
				}
			}
			case Types.BOOLEAN, Types.BIT -> {
				boolean value = rs.getBoolean(column.index());
				if (rs.wasNull()) {
					json.writeNull();
				}
				else {
					json.writeBoolean(value);
				}
			}
			case Types.DATE -> {
				LocalDate value = rs.getObject(column.index(), LocalDate.class);
				if (value == null) {
					json.writeNull();
				}
				else {
					json.writeString(value.toString());
				}
			}
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
				OffsetDateTime value = rs.getObject(column.index(), OffsetDateTime.class);
				if (value == null) {
					json.writeNull();
				}
				else {
					json.writeString(value.toInstant().toString());
				}
			}
			default -> {
				String value = rs.getString(column.index());
				if (value == null) {
					json.writeNull();
				}
				else {
					json.writeString(value);
				}
			}
		}
	}

	static String camelCase(String column) {
		StringBuilder name = new StringBuilder(column.length());
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

	static String snakeCase(String property) {
		StringBuilder name = new StringBuilder(property.length() + 4);
		for (char c : property.toCharArray()) {
			if (Character.isUpperCase(c)) {
				name.append('_').append(Character.toLowerCase(c));
			}
			else {
				name.append(c);
			}
		}
		return name.toString();
	}

	record Column(int index, String name, String property, int sqlType) {
	}

}
