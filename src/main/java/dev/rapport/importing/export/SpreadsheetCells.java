package dev.rapport.importing.export;

/**
 * Makes text safe for a spreadsheet cell: a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is a formula to Excel, LibreOffice and
 * Google Sheets, so a contact named {@code =HYPERLINK(...)} would run when the export is
 * opened. Such cells get a leading apostrophe, which spreadsheets show as text and do not
 * display.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

}
