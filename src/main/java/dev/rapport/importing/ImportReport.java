package dev.rapport.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one upload came to when it was imported (or only previewed) in a single step, as
 * scripts do it: the counts of the whole file and its first skipped rows, each with its
 * line and reason.
 *
 * @param importId the import record, or {@code null} for a dry run, which writes nothing
 * @param skippedRows the first {@link ImportPreview#ROWS_SHOWN} skipped rows, in file
 * order
 */
public record ImportReport(@Nullable Long importId, String fileName, int created, int updated, int unchanged,
		int skipped, List<ImportRow> skippedRows, ImportFormat format) {

	/** A LinkedIn import's report. */
	public ImportReport(@Nullable Long importId, String fileName, int created, int updated, int unchanged, int skipped,
			List<ImportRow> skippedRows) {
		this(importId, fileName, created, updated, unchanged, skipped, skippedRows, ImportFormat.LINKEDIN);
	}

}
