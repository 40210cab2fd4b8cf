package dev.rapport.importing.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dev.rapport.account.Owner;
import dev.rapport.importing.ImportCollisions;
import dev.rapport.importing.ImportPreview;
import dev.rapport.importing.ImportService;
import dev.rapport.importing.PendingImportNotFoundException;
import dev.rapport.importing.PreviewPages;
import dev.rapport.importing.UploadTooLargeException;
import dev.rapport.importing.addressbook.AddressBookFileException;
import dev.rapport.importing.linkedin.LinkedInFileException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import of any file the app reads (LinkedIn, vCard, Google or Outlook CSV): upload,
 * preview, commit, result. The upload is kept server-side under a token, so the preview
 * can be reloaded and the commit needs no second upload.
 */
@Controller
@RequestMapping("/import")
class ImportController {

	static final String PAGE = "importing/import";

	static final String PREVIEW = "importing/preview";

	static final String RESULT = "importing/result";

	/** Set by {@link UploadLimitAdvice} when the servlet container refused the upload. */
	static final String TOO_LARGE = "too-large";

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping
	String page(Owner owner, @RequestParam(name = "problem", required = false) String problem, Model model) {
		if (TOO_LARGE.equals(problem)) {
			model.addAttribute("problemKey", "import.tooLarge");
		}
		return page(owner, model);
	}

	@PostMapping
	String upload(Owner owner, @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		if (file == null
				|| (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			model.addAttribute("problemKey", "import.noFile");
			return page(owner, model);
		}
		// A backup may be larger than other files; the upload's store checks which it is.
		if (file.getSize() > this.imports.limits().largestUpload().toBytes()) {
			model.addAttribute("problemKey", "import.tooLarge");
			return page(owner, model);
		}
		try (InputStream content = file.getInputStream()) {
			String token = this.imports.stage(owner.id(), file.getOriginalFilename(), content);
			return "redirect:/import/" + token;
		}
		catch (UploadTooLargeException ex) {
			model.addAttribute("problemKey", "import.tooLarge");
			return page(owner, model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What importing would do, with every row listed page by page
	 * ({@link PreviewPaging}); a page past the end of a section shows its last page.
	 */
	@GetMapping("/{token}")
	String preview(Owner owner, @PathVariable String token,
			@RequestParam(name = "created", required = false) String created,
			@RequestParam(name = "updated", required = false) String updated,
			@RequestParam(name = "unchanged", required = false) String unchanged,
			@RequestParam(name = "skipped", required = false) String skipped, Model model) {
		try {
			PreviewPages pages = PreviewPaging.read(created, updated, unchanged, skipped);
			ImportPreview preview = this.imports.preview(owner.id(), token, pages);
			PreviewPages existing = pages.within(preview);
			if (!existing.equals(pages)) {
				pages = existing;
				preview = this.imports.preview(owner.id(), token, pages);
			}
			model.addAttribute("preview", preview);
			model.addAttribute("pagers", PreviewPaging.pagers(token, preview, pages));
			return PREVIEW;
		}
		catch (LinkedInFileException | AddressBookFileException ex) {
			return rejected(owner, ex, model);
		}
	}

	@PostMapping("/{token}")
	String commit(Owner owner, @PathVariable String token, Model model) {
		try {
			long recordId = this.imports.commit(owner.id(), token).id();
			return "redirect:/import/history/" + recordId;
		}
		catch (LinkedInFileException | AddressBookFileException ex) {
			return rejected(owner, ex, model);
		}
		catch (DataIntegrityViolationException ex) {
			if (!ImportCollisions.isConcurrentImport(ex)) {
				throw ex;
			}
			model.addAttribute("problemKey", "import.concurrent");
			model.addAttribute("retryToken", token);
			return page(owner, model);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("problemKey", "import.concurrent");
			model.addAttribute("retryToken", token);
			return page(owner, model);
		}
	}

	@PostMapping("/{token}/discard")
	String discard(Owner owner, @PathVariable String token) {
		try {
			this.imports.discard(owner.id(), token);
		}
		catch (PendingImportNotFoundException ex) {
			// Already gone: discarding twice is still discarding.
		}
		return "redirect:/import";
	}

	@GetMapping("/history/{id}")
	String result(Owner owner, @PathVariable long id, Model model) {
		model.addAttribute("record", this.imports.record(owner.id(), id));
		return RESULT;
	}

	/**
	 * Both kinds of rejection say {@code reason()} and {@code lineNumber()}, which is all
	 * the page shows.
	 */
	private String rejected(Owner owner, RuntimeException ex, Model model) {
		model.addAttribute("rejection", ex);
		return page(owner, model);
	}

	private String page(Owner owner, Model model) {
		model.addAttribute("history", this.imports.history(owner.id()));
		model.addAttribute("zone", owner.zone());
		model.addAttribute("maxMegabytes", this.imports.limits().maxFileSize().toMegabytes());
		model.addAttribute("maxBackupMegabytes", this.imports.limits().maxBackupSize().toMegabytes());
		model.addAttribute("maxRows", this.imports.limits().maxRows());
		return PAGE;
	}

}
