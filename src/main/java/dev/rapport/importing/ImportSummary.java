package dev.rapport.importing;

import java.time.Instant;

/**
 * A committed import as kept in the history.
 */
public record ImportSummary(long id, String fileName, Instant importedAt, int created, int updated, int unchanged,
		int skipped) {
}
