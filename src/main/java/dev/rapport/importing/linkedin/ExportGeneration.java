package dev.rapport.importing.linkedin;

import static dev.rapport.importing.linkedin.ConnectionColumn.COMPANY;
import static dev.rapport.importing.linkedin.ConnectionColumn.CONNECTED_ON;
import static dev.rapport.importing.linkedin.ConnectionColumn.EMAIL_ADDRESS;
import static dev.rapport.importing.linkedin.ConnectionColumn.FIRST_NAME;
import static dev.rapport.importing.linkedin.ConnectionColumn.LAST_NAME;
import static dev.rapport.importing.linkedin.ConnectionColumn.POSITION;
import static dev.rapport.importing.linkedin.ConnectionColumn.TAGS;
import static dev.rapport.importing.linkedin.ConnectionColumn.URL;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The header layouts LinkedIn has used for {@code Connections.csv}. Exports from 2018 to
 * mid 2023 share one header; whether a {@code Notes:} block precedes it does not change
 * how rows are read.
 */
public enum ExportGeneration {

	/**
	 * 2017: a trailing {@code Tags} column and US dates with a time
	 * ({@code 9/21/16, 3:29 AM}).
	 */
	WITH_TAGS(FIRST_NAME, LAST_NAME, EMAIL_ADDRESS, COMPANY, POSITION, CONNECTED_ON, TAGS),

	/** 2018 to mid 2023: six columns, no profile URL. */
	SIX_COLUMNS(FIRST_NAME, LAST_NAME, EMAIL_ADDRESS, COMPANY, POSITION, CONNECTED_ON),

	/** Mid 2023 on: the profile URL after the names. */
	WITH_URL(FIRST_NAME, LAST_NAME, URL, EMAIL_ADDRESS, COMPANY, POSITION, CONNECTED_ON);

	private final List<ConnectionColumn> columns;

	ExportGeneration(ConnectionColumn... columns) {
		this.columns = List.of(columns);
	}

	/**
	 * The header exactly as LinkedIn writes it, e.g. for messages that say what was
	 * expected.
	 */
	public String header() {
		return this.columns.stream().map(ConnectionColumn::label).collect(Collectors.joining(","));
	}

	List<ConnectionColumn> columns() {
		return this.columns;
	}

	boolean hasColumns(Set<ConnectionColumn> found) {
		return EnumSet.copyOf(this.columns).equals(found);
	}

}
