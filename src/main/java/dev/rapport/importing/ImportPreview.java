package dev.rapport.importing;

import java.util.List;

import dev.rapport.importing.linkedin.ExportGeneration;

/**
 * What committing a pending import would do, with the first rows of each kind. Nothing is
 * written until the commit, which runs the very same matching.
 *
 * @param generation for a LinkedIn file, its generation; else {@code null}
 * @param skipped hidden members, repeated people and entries without a name, which become
 * no contact
 * @param format what kind of file it is
 */
public record ImportPreview(String token, String fileName, ExportGeneration generation, int created, int updated,
		int unchanged, int skipped, List<ImportRow> createdRows, List<ImportRow> updatedRows,
		List<ImportRow> unchangedRows, List<ImportRow> skippedRows, ImportFormat format) {

	/** A LinkedIn file's preview. */
	public ImportPreview(String token, String fileName, ExportGeneration generation, int created, int updated,
			int unchanged, int skipped, List<ImportRow> createdRows, List<ImportRow> updatedRows,
			List<ImportRow> unchangedRows, List<ImportRow> skippedRows) {
		this(token, fileName, generation, created, updated, unchanged, skipped, createdRows, updatedRows, unchangedRows,
				skippedRows, ImportFormat.LINKEDIN);
	}

	/** How many rows of each kind the preview lists. */
	public static final int ROWS_SHOWN = 10;

	public int total() {
		return this.created + this.updated + this.unchanged + this.skipped;
	}

	public boolean changesAnything() {
		return this.created + this.updated > 0;
	}

}
