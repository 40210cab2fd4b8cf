package dev.rapport.importing;

import java.io.IOException;
import java.time.LocalDate;

import dev.rapport.importing.backup.BackupWriter;
import dev.rapport.importing.export.SpreadsheetExporter;
import dev.rapport.importing.export.VCardExporter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Every download of "Your data", written straight to the response as it is read (never
 * held whole in memory), for the pages and the API alike.
 */
@Component
public class ExportFiles {

	public static final String VCARD_TYPE = "text/vcard;charset=UTF-8";

	public static final String CSV_TYPE = "text/csv;charset=UTF-8";

	private final BackupWriter backup;

	private final VCardExporter vcards;

	private final SpreadsheetExporter spreadsheets;

	ExportFiles(BackupWriter backup, VCardExporter vcards, SpreadsheetExporter spreadsheets) {
		this.backup = backup;
		this.vcards = vcards;
		this.spreadsheets = spreadsheets;
	}

	public void backup(long ownerId, LocalDate today, HttpServletResponse response) throws IOException {
		start(response, "application/json", "rapport-backup-" + today + ".json");
		this.backup.write(ownerId, response.getOutputStream());
	}

	public void allVCards(long ownerId, LocalDate today, HttpServletResponse response) throws IOException {
		start(response, VCARD_TYPE, "rapport-contacts-" + today + ".vcf");
		this.vcards.writeAll(ownerId, response.getOutputStream());
	}

	/**
	 * @throws dev.rapport.shared.NotFoundException before anything is written, unless it
	 * is the owner's
	 */
	public void oneVCard(long ownerId, long contactId, HttpServletResponse response) throws IOException {
		this.vcards.requireContact(ownerId, contactId);
		start(response, VCARD_TYPE, "contact-" + contactId + ".vcf");
		this.vcards.writeOne(ownerId, contactId, response.getOutputStream());
	}

	public void contactsCsv(long ownerId, HttpServletResponse response) throws IOException {
		start(response, CSV_TYPE, "contacts.csv");
		this.spreadsheets.writeContacts(ownerId, response.getOutputStream());
	}

	public void interactionsCsv(long ownerId, HttpServletResponse response) throws IOException {
		start(response, CSV_TYPE, "interactions.csv");
		this.spreadsheets.writeInteractions(ownerId, response.getOutputStream());
	}

	private static void start(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

}
