package dev.rapport.api;

import java.util.List;

import dev.rapport.importing.ImportFormat;
import dev.rapport.importing.ImportReport;
import dev.rapport.importing.ImportRow;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an import did, or would do on a dry run: counts over the whole file and the first
 * skipped rows with their line and reason.
 */
record ImportResource(@Schema(description = "The import record; null on a dry run", nullable = true) Long id,
		boolean dryRun, @Schema(description = "The kind of file, recognised by its content") ImportFormat format,
		String fileName, int created, int updated, int unchanged, int skipped,
		@Schema(description = "The first 10 skipped rows, in file order") List<RowProblem> problems) {

	static ImportResource of(ImportReport report) {
		return new ImportResource(report.importId(), report.importId() == null, report.format(), report.fileName(),
				report.created(), report.updated(), report.unchanged(), report.skipped(),
				report.skippedRows().stream().map(RowProblem::of).toList());
	}

	/**
	 * @param sameAsLine for a duplicate, the line of the row it repeats
	 */
	record RowProblem(int line, ImportRow.SkipReason reason,
			@Schema(nullable = true, description = "The name on the row; null for a hidden member") String name,
			@Schema(nullable = true) Integer sameAsLine) {

		static RowProblem of(ImportRow row) {
			return new RowProblem(row.lineNumber(), row.skipReason(), row.name(),
					(row.sameAsLine() > 0) ? row.sameAsLine() : null);
		}

	}

}
