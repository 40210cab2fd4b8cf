package dev.rapport.importing.linkedin;

import java.util.List;

/**
 * What reading a whole {@code Connections.csv} found, beside the rows themselves.
 *
 * @param generation which LinkedIn header the file has
 * @param headerLine the physical line of the header (1-based; later than 1 after a Notes
 * block)
 * @param connectionsRead how many rows were handed to the sink
 * @param hiddenMemberLines the lines of rows LinkedIn blanked out (all empty but the
 * date), which were skipped
 */
public record ConnectionsFileSummary(ExportGeneration generation, int headerLine, int connectionsRead,
		List<Integer> hiddenMemberLines) {

	public ConnectionsFileSummary {
		hiddenMemberLines = List.copyOf(hiddenMemberLines);
	}

	public int hiddenMembersSkipped() {
		return this.hiddenMemberLines.size();
	}

}
