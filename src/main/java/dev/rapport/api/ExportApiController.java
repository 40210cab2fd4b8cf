package dev.rapport.api;

import java.io.IOException;

import dev.rapport.account.Owner;
import dev.rapport.importing.ExportFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything out: the complete JSON backup (which {@code POST /api/v1/imports} restores
 * into an empty account), vCard 4.0 and spreadsheets. Each streams as it reads.
 */
@RestController
class ExportApiController {

	private final ExportFiles files;

	ExportApiController(ExportFiles files) {
		this.files = files;
	}

	@GetMapping("/api/v1/export")
	@Operation(summary = "The complete backup of your account as JSON (format rapport-backup, version 1; described in "
			+ "docs/backup.md): contacts with every field, tags, emails, phones, addresses and photo, interactions "
			+ "with participants, follow-ups, This week's lists and decisions, import history. Restore it into an "
			+ "empty account with POST /api/v1/imports")
	@ApiResponse(responseCode = "200", description = "The backup, streamed",
			content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
	void backup(Owner owner, HttpServletResponse response) throws IOException {
		this.files.backup(owner.id(), owner.today(), response);
	}

	@GetMapping("/api/v1/export/vcard")
	@Operation(summary = "All contacts as vCard 4.0, for any address book")
	@ApiResponse(responseCode = "200", description = "A .vcf file (empty for an account without contacts)",
			content = @Content(mediaType = "text/vcard"))
	void allVCards(Owner owner, HttpServletResponse response) throws IOException {
		this.files.allVCards(owner.id(), owner.today(), response);
	}

	@GetMapping("/api/v1/contacts/{id}/vcard")
	@Operation(summary = "One contact as vCard 4.0 (404 unless it is yours)")
	@ApiResponse(responseCode = "200", description = "A .vcf file",
			content = @Content(mediaType = "text/vcard", schema = @Schema(type = "string")))
	void oneVCard(Owner owner, @PathVariable long id, HttpServletResponse response) throws IOException {
		this.files.oneVCard(owner.id(), id, response);
	}

	@GetMapping("/api/v1/export/contacts.csv")
	@Operation(summary = "All contacts as CSV for spreadsheets (UTF-8 with BOM; cells starting with =, +, -, @ are "
			+ "prefixed with an apostrophe against formula injection)")
	@ApiResponse(responseCode = "200", description = "A CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	void contactsCsv(Owner owner, HttpServletResponse response) throws IOException {
		this.files.contactsCsv(owner.id(), response);
	}

	@GetMapping("/api/v1/export/interactions.csv")
	@Operation(summary = "All interactions as CSV for spreadsheets, one row each with the people by name (escaped "
			+ "like contacts.csv)")
	@ApiResponse(responseCode = "200", description = "A CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	void interactionsCsv(Owner owner, HttpServletResponse response) throws IOException {
		this.files.interactionsCsv(owner.id(), response);
	}

}
