package dev.rapport.importing.linkedin;

import java.util.Optional;

/**
 * A column LinkedIn has written into {@code Connections.csv}, by its header label.
 */
enum ConnectionColumn {

	FIRST_NAME("First Name"), LAST_NAME("Last Name"), URL("URL"), EMAIL_ADDRESS("Email Address"), COMPANY("Company"),
	POSITION("Position"), CONNECTED_ON("Connected On"), TAGS("Tags");

	private final String label;

	ConnectionColumn(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	/** Labels compare ignoring case, since a spreadsheet may have re-typed the header. */
	static Optional<ConnectionColumn> labelled(String label) {
		for (ConnectionColumn column : values()) {
			if (column.label.equalsIgnoreCase(label)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

}
