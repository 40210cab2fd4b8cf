package dev.rapport.importing.linkedin;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each column sits in a recognised LinkedIn header. Columns are found by their
 * label, not by position, so a re-ordered header still reads correctly.
 */
final class HeaderLayout {

	private final ExportGeneration generation;

	private final Map<ConnectionColumn, Integer> positions;

	private final int width;

	private HeaderLayout(ExportGeneration generation, Map<ConnectionColumn, Integer> positions, int width) {
		this.generation = generation;
		this.positions = positions;
		this.width = width;
	}

	/**
	 * Recognises a record as a LinkedIn header when its labels are exactly one
	 * generation's columns. Empty cells after the last label are spreadsheet padding and
	 * ignored.
	 */
	static Optional<HeaderLayout> recognise(List<String> cells) {
		int width = widthWithoutTrailingEmptyCells(cells);
		Map<ConnectionColumn, Integer> positions = new EnumMap<>(ConnectionColumn.class);
		for (int i = 0; i < width; i++) {
			Optional<ConnectionColumn> column = ConnectionColumn.labelled(cells.get(i).strip());
			if (column.isEmpty() || positions.put(column.get(), i) != null) {
				return Optional.empty();
			}
		}
		if (positions.isEmpty()) {
			return Optional.empty();
		}
		Set<ConnectionColumn> found = EnumSet.copyOf(positions.keySet());
		for (ExportGeneration generation : ExportGeneration.values()) {
			if (generation.hasColumns(found)) {
				return Optional.of(new HeaderLayout(generation, positions, width));
			}
		}
		return Optional.empty();
	}

	private static int widthWithoutTrailingEmptyCells(List<String> cells) {
		int width = cells.size();
		while (width > 0 && cells.get(width - 1).isBlank()) {
			width--;
		}
		return width;
	}

	ExportGeneration generation() {
		return this.generation;
	}

	/** How many cells the header names; a row needs at least this many. */
	int width() {
		return this.width;
	}

	/**
	 * The trimmed value of a column in a row, or an empty string when this generation
	 * lacks it.
	 */
	String valueOf(ConnectionColumn column, List<String> row) {
		Integer position = this.positions.get(column);
		if (position == null || position >= row.size()) {
			return "";
		}
		return row.get(position).strip();
	}

}
