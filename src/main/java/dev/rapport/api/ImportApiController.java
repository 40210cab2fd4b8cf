package dev.rapport.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import dev.rapport.account.Owner;
import dev.rapport.importing.ImportCollisions;
import dev.rapport.importing.ImportFormat;
import dev.rapport.importing.ImportReport;
import dev.rapport.importing.ImportService;
import dev.rapport.importing.ImportSummary;
import dev.rapport.importing.LinkedInImportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports in one request: the pages' preview and commit (same reading and matching),
 * without the pending upload between them. {@code POST /api/v1/imports} recognises any
 * file the app reads; {@code /linkedin} takes only LinkedIn's file. A rejected file is a
 * 422 and writes nothing.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

	private static final Logger log = LoggerFactory.getLogger(ImportApiController.class);

	private final LinkedInImportService imports;

	private static final String CONCURRENT_IMPORT = "Another import of the same people ran at the same time; "
			+ "nothing was written; send the file again";

	private final ImportService anyFile;

	ImportApiController(LinkedInImportService imports, ImportService anyFile) {
		this.imports = imports;
		this.anyFile = anyFile;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ApiResponse(responseCode = "201", description = "Imported; the counts of what was done",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ImportResource.class)))
	@ApiResponse(responseCode = "200", description = "Dry run: what importing would do; nothing was written",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ImportResource.class)))
	@ApiResponse(responseCode = "422",
			description = "A file that cannot be read as any known format; nothing was written")
	@ApiResponse(responseCode = "409", description = CONCURRENT_IMPORT)
	@Operation(summary = "Import any contacts file (multipart field 'file'), recognised by its content: LinkedIn's "
			+ "Connections.csv, vCard 2.1/3.0/4.0, Google Contacts CSV, Outlook CSV (English, German, French). With "
			+ "dryRun=true only say what importing would do (200); otherwise import in one transaction (201). 413 for "
			+ "a file above the size limit, 422 with a 'reason' for a file that cannot be read; then nothing is written")
	ResponseEntity<ImportResource> importAnyFile(Owner owner, @RequestPart("file") MultipartFile file,
			@Parameter(description = "Report what importing would do and write nothing") @RequestParam(
					defaultValue = "false") boolean dryRun)
			throws IOException {
		ImportReport report;
		try (InputStream content = file.getInputStream()) {
			report = this.anyFile.importFile(owner.id(), file.getOriginalFilename(), content, dryRun);
		}
		return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(ImportResource.of(report));
	}

	@PostMapping(path = "/linkedin", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ApiResponse(responseCode = "201", description = "Imported; the counts of what was done",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ImportResource.class)))
	@ApiResponse(responseCode = "200", description = "Dry run: what importing would do; nothing was written",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ImportResource.class)))
	@ApiResponse(responseCode = "422", description = "Not a LinkedIn connections export; nothing was written")
	@ApiResponse(responseCode = "409", description = CONCURRENT_IMPORT)
	@Operation(summary = "Import LinkedIn's Connections.csv (multipart field 'file'); with dryRun=true only say "
			+ "what importing would do. 413 for a file above the size limit, 422 for a file that is not a LinkedIn "
			+ "connections export; then nothing is written")
	ResponseEntity<ImportResource> importLinkedIn(Owner owner, @RequestPart("file") MultipartFile file,
			@Parameter(description = "Report what importing would do and write nothing") @RequestParam(
					defaultValue = "false") boolean dryRun)
			throws IOException {
		ImportReport report;
		try (InputStream content = file.getInputStream()) {
			report = this.imports.importFile(owner.id(), file.getOriginalFilename(), content, dryRun);
		}
		return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(ImportResource.of(report));
	}

	@GetMapping
	@Operation(summary = "The latest imports of any kind, newest first (at most 20)")
	List<ImportRecordResource> history(Owner owner) {
		return this.anyFile.history(owner.id()).stream().map(ImportRecordResource::of).toList();
	}

	/**
	 * Two imports of the same people at once: the later one's unique keys collide and it
	 * rolls back. Any other refusal by the database is not that, and is not called that.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail importNotWritten(DataIntegrityViolationException failure) {
		if (ImportCollisions.isConcurrentImport(failure)) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"Another import of the same people ran at the same time; nothing was written. Send the file again.");
		}
		log.error("The database refused an import; nothing was written", failure);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The import could not be saved; nothing was written.");
	}

	record ImportRecordResource(long id, String fileName, ImportFormat format, Instant importedAt, int created,
			int updated, int unchanged, int skipped) {

		static ImportRecordResource of(ImportSummary summary) {
			return new ImportRecordResource(summary.id(), summary.fileName(), summary.format(), summary.importedAt(),
					summary.created(), summary.updated(), summary.unchanged(), summary.skipped());
		}

	}

}
