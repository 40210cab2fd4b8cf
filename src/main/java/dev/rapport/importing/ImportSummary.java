package dev.rapport.importing;

import java.time.Instant;

/**
 * A committed import as kept in the history.
 */
public record ImportSummary(long id, String fileName, Instant importedAt, int created, int updated, int unchanged,
		int skipped, ImportFormat format) {

	/** A LinkedIn import's record. */
	public ImportSummary(long id, String fileName, Instant importedAt, int created, int updated, int unchanged,
			int skipped) {
		this(id, fileName, importedAt, created, updated, unchanged, skipped, ImportFormat.LINKEDIN);
	}

}
