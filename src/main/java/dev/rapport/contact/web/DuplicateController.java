package dev.rapport.contact.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactMergeService;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ContactSort;
import dev.rapport.contact.ContactSummary;
import dev.rapport.contact.DuplicateService;
import dev.rapport.contact.DuplicateSuggestion;
import dev.rapport.contact.InvalidContactException;
import dev.rapport.contact.MergeChoices;
import dev.rapport.contact.MergeField;
import dev.rapport.contact.MergePreview;
import dev.rapport.contact.MergeSide;
import dev.rapport.shared.StaleEditException;
import dev.rapport.shared.web.Flash;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Possible duplicates" and merging two contacts: the list of likely pairs with their
 * reason, "not a duplicate" (with Undo), and the merge page that shows both side by side
 * and lets the user pick each field before merging.
 */
@Controller
class DuplicateController {

	static final String LIST = "contact/duplicates";

	static final String MERGE = "contact/merge";

	static final String PICK = "contact/merge-pick";

	static final int PICK_LIMIT = 20;

	/** Pairs per page of "Possible duplicates", as many as the other lists show. */
	static final int PAGE_SIZE = 25;

	/**
	 * Form fields carrying a side are named {@code side.NAME}, {@code side.EMAIL}, ...
	 */
	static final String SIDE_PREFIX = "side.";

	private final DuplicateService duplicates;

	private final ContactMergeService merges;

	private final ContactService contacts;

	DuplicateController(DuplicateService duplicates, ContactMergeService merges, ContactService contacts) {
		this.duplicates = duplicates;
		this.merges = merges;
		this.contacts = contacts;
	}

	/**
	 * A page of the pairs, like the other lists. The pairs are found all at once (they
	 * are ranked together), then cut; a page past the end shows the last one.
	 */
	@GetMapping("/contacts/duplicates")
	String list(Owner owner, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		List<DuplicateSuggestion> all = this.duplicates.suggestions(owner.id());
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(0, page), pages - 1);
		List<DuplicateSuggestion> shown = all.subList(number * PAGE_SIZE,
				Math.min(all.size(), (number + 1) * PAGE_SIZE));
		model.addAttribute("suggestions", new PageImpl<>(shown, PageRequest.of(number, PAGE_SIZE), all.size()));
		return LIST;
	}

	@PostMapping("/contacts/duplicates/dismiss")
	String dismiss(Owner owner, @RequestParam long contactId, @RequestParam long otherId,
			@RequestParam(name = "page", defaultValue = "0") int page, RedirectAttributes redirect) {
		this.duplicates.dismiss(owner.id(), contactId, otherId);
		Flash.undoable(redirect,
				new Flash.Undo("/contacts/duplicates/restore", null, Map.of("contactId",
						List.of(Long.toString(contactId)), "otherId", List.of(Long.toString(otherId)))),
				"duplicates.dismissed");
		return "redirect:/contacts/duplicates" + ((page > 0) ? "?page=" + page : "");
	}

	/** Undo for "not a duplicate". */
	@PostMapping("/contacts/duplicates/restore")
	String restore(Owner owner, @RequestParam long contactId, @RequestParam long otherId, RedirectAttributes redirect) {
		this.duplicates.undismiss(owner.id(), contactId, otherId);
		Flash.success(redirect, "duplicates.restored");
		return "redirect:/contacts/duplicates";
	}

	/**
	 * Without {@code other}: pick the contact to merge into this one (a search). With it:
	 * both side by side, each differing field with a choice.
	 */
	@GetMapping("/contacts/{id}/merge")
	String merge(Owner owner, @PathVariable long id, @RequestParam(name = "other", required = false) Long otherId,
			@RequestParam(name = "q", required = false) String text, Model model) {
		if (otherId == null) {
			model.addAttribute("contact", this.contacts.get(owner.id(), id));
			model.addAttribute("q", text);
			List<ContactSummary> found = (text == null || text.isBlank()) ? List.of() : this.contacts
				.list(owner, new ContactQuery(text, null, false, ContactSort.NAME), PageRequest.of(0, PICK_LIMIT + 1))
				.getContent()
				.stream()
				.filter(summary -> summary.id() != id)
				.limit(PICK_LIMIT)
				.toList();
			model.addAttribute("found", found);
			return PICK;
		}
		if (otherId == id) {
			model.addAttribute("contact", this.contacts.get(owner.id(), id));
			model.addAttribute("found", List.of());
			model.addAttribute("pickError", "duplicates.sameContact");
			return PICK;
		}
		return showPreview(this.merges.preview(owner.id(), id, otherId), Map.of(), model);
	}

	@PostMapping("/contacts/{id}/merge")
	String doMerge(Owner owner, @PathVariable long id, @RequestParam long otherId,
			@RequestParam(required = false) Long keptVersion, @RequestParam(required = false) Long otherVersion,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		if (otherId == id) {
			model.addAttribute("contact", this.contacts.get(owner.id(), id));
			model.addAttribute("found", List.of());
			model.addAttribute("pickError", "duplicates.sameContact");
			return PICK;
		}
		MergePreview preview = this.merges.preview(owner.id(), id, otherId);
		Map<MergeField, MergeSide> sides = new EnumMap<>(MergeField.class);
		for (MergeField field : MergeField.values()) {
			String value = params.get(SIDE_PREFIX + field.name());
			if (value == null || value.isBlank()) {
				continue;
			}
			try {
				sides.put(field, MergeSide.valueOf(value));
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("fieldError", field);
				model.addAttribute("errorKey", "merge.sideInvalid");
				return showPreview(preview, sides, model);
			}
		}
		if (keptVersion == null || otherVersion == null) {
			model.addAttribute("errorKey", "edit.stale");
			return showPreview(preview, sides, model);
		}
		try {
			this.merges.merge(owner.id(), id, otherId, new MergeChoices(sides), keptVersion, otherVersion,
					owner.today());
		}
		catch (InvalidContactException ex) {
			model.addAttribute("fieldError", fieldOf(ex.field()));
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArgs", ex.messageArguments());
			return showPreview(preview, sides, model);
		}
		catch (StaleEditException ex) {
			model.addAttribute("errorKey", "edit.stale");
			return showPreview(this.merges.preview(owner.id(), id, otherId), Map.of(), model);
		}
		Flash.success(redirect, "merge.done", preview.other().displayName());
		return "redirect:/contacts/" + id;
	}

	private static String showPreview(MergePreview preview, Map<MergeField, MergeSide> picked, Model model) {
		Map<MergeField, MergeSide> selected = new EnumMap<>(MergeField.class);
		for (MergePreview.FieldValues field : preview.fields()) {
			selected.put(field.field(), picked.getOrDefault(field.field(), field.suggested()));
		}
		model.addAttribute("preview", preview);
		model.addAttribute("selected", selected);
		return MERGE;
	}

	private static MergeField fieldOf(String field) {
		String name = field.startsWith("fields.") ? field.substring("fields.".length()) : field;
		for (MergeField candidate : MergeField.values()) {
			if (candidate.name().equals(name)) {
				return candidate;
			}
		}
		return null;
	}

}
