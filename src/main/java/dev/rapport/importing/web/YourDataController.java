package dev.rapport.importing.web;

import java.io.IOException;

import dev.rapport.account.Owner;
import dev.rapport.importing.ImportService;
import dev.rapport.importing.ExportFiles;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Your data" (under Settings): every way to take the account out (the complete backup,
 * vCard, spreadsheets) and the history of what came in.
 */
@Controller
class YourDataController {

	static final String PAGE = "importing/your-data";

	private final ExportFiles files;

	private final ImportService imports;

	YourDataController(ExportFiles files, ImportService imports) {
		this.files = files;
		this.imports = imports;
	}

	@GetMapping("/settings/data")
	String page(Owner owner, Model model) {
		model.addAttribute("history", this.imports.history(owner.id()));
		model.addAttribute("zone", owner.zone());
		return PAGE;
	}

	@GetMapping("/settings/data/backup.json")
	void backup(Owner owner, HttpServletResponse response) throws IOException {
		this.files.backup(owner.id(), owner.today(), response);
	}

	@GetMapping("/settings/data/contacts.vcf")
	void vcards(Owner owner, HttpServletResponse response) throws IOException {
		this.files.allVCards(owner.id(), owner.today(), response);
	}

	@GetMapping("/settings/data/contacts.csv")
	void contactsCsv(Owner owner, HttpServletResponse response) throws IOException {
		this.files.contactsCsv(owner.id(), response);
	}

	@GetMapping("/settings/data/interactions.csv")
	void interactionsCsv(Owner owner, HttpServletResponse response) throws IOException {
		this.files.interactionsCsv(owner.id(), response);
	}

	@GetMapping("/contacts/{id}/vcard")
	void oneVCard(Owner owner, @PathVariable long id, HttpServletResponse response) throws IOException {
		this.files.oneVCard(owner.id(), id, response);
	}

}
