package dev.rapport.interaction.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactPicker;
import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.KnownSinceQuestion;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionFilter;
import dev.rapport.interaction.InteractionForm;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionListPage;
import dev.rapport.interaction.InteractionListing;
import dev.rapport.interaction.InteractionSentences;
import dev.rapport.interaction.InteractionService;
import dev.rapport.interaction.InteractionView;
import dev.rapport.interaction.InvalidInteractionException;
import dev.rapport.shared.StaleEditException;
import dev.rapport.shared.web.Flash;
import dev.rapport.shared.web.LocalRedirects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/interactions")
class InteractionController {

	static final String LIST = "interaction/list";

	static final String FORM = "interaction/form";

	static final String PAGE = "interaction/page";

	static final String CONFIRM_DELETE = "interaction/delete";

	static final int PAGE_SIZE = 30;

	/** The name of the form's "Find" button (a search for people, not a save). */
	static final String FIND = "find";

	/**
	 * Planned interactions shown above the list; a year ahead at most, so rarely more.
	 */
	static final int PLANNED_SHOWN = 50;

	private final InteractionService interactions;

	private final ContactService contacts;

	private final InteractionSentences sentences;

	private final ContactPicker picker;

	private final InteractionListing listing;

	InteractionController(InteractionService interactions, ContactService contacts, InteractionSentences sentences,
			ContactPicker picker, InteractionListing listing) {
		this.listing = listing;
		this.interactions = interactions;
		this.contacts = contacts;
		this.sentences = sentences;
		this.picker = picker;
	}

	/**
	 * The local page to go back to after saving, if the link that opened the form named
	 * one.
	 */
	@ModelAttribute("returnTo")
	String returnTo(@RequestParam(name = "returnTo", required = false) String returnTo) {
		return LocalRedirects.isLocal(returnTo) ? returnTo : null;
	}

	@ModelAttribute("kinds")
	InteractionKind[] kinds() {
		return InteractionKind.values();
	}

	@ModelAttribute("directions")
	Direction[] directions() {
		return Direction.values();
	}

	/**
	 * Planned interactions in their own section (soonest first), then what happened,
	 * newest first, a page at a time: "Older" continues after the page's last
	 * interaction, "Newer" goes back before its first; both narrowed by the filters.
	 * Nothing counts all of them, so the page costs the same at any size of history. The
	 * person filter offers the person filtered by and, after a search ({@code who}), the
	 * people matching it (one match is filtered by at once), never every contact.
	 */
	@GetMapping
	String list(Owner owner, @RequestParam(name = "contactId", required = false) String contactId,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "who", required = false) String who,
			@RequestParam(name = "olderThan", required = false) String olderThan,
			@RequestParam(name = "newerThan", required = false) String newerThan, Model model) {
		LocalDate today = owner.today();
		InteractionListFilter filter = InteractionListFilter.read(contactId, kind, from, to);
		List<ContactRef> matches = (filter.contactId() == null && filter.errors().get("contactId") == null)
				? this.picker.matches(owner.id(), who) : List.of();
		if (matches.size() == 1) {
			filter = filter.withContact(matches.get(0).id());
		}
		InteractionFilter search = filter.toFilter();
		InteractionListPage past = this.listing.past(owner.id(), search, today, idOrNull(olderThan),
				idOrNull(newerThan), PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("query", Map.of("contactId", valueOr(contactId), "kind", valueOr(kind), "from",
				valueOr(from), "to", valueOr(to), "who", (matches.size() == 1) ? "" : valueOr(who)));
		model.addAttribute("interactions", past);
		model.addAttribute("planned", past.isNewest()
				? this.interactions.searchPlanned(owner.id(), search, today, PLANNED_SHOWN) : List.of());
		model.addAttribute("contactOptions",
				this.picker.options(owner.id(), (filter.contactId() != null) ? List.of(filter.contactId()) : List.of(),
						(matches.size() == 1) ? null : who));
		model.addAttribute("whoSearched", matches.size() > 1);
		model.addAttribute("whoUnknown",
				filter.contactId() == null && who != null && !who.isBlank() && matches.isEmpty());
		return LIST;
	}

	/**
	 * A position in the list ({@code olderThan}/{@code newerThan}); unreadable ones start
	 * over.
	 */
	private static Long idOrNull(String text) {
		try {
			return (text == null || text.isBlank()) ? null : Long.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String valueOr(String text) {
		return text == null ? "" : text;
	}

	@GetMapping("/new")
	String newInteraction(Owner owner, @RequestParam(name = "contactId", required = false) List<Long> contactIds,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "date", required = false) String date, Model model) {
		List<Long> participants = contactIds == null ? List.of() : contactIds.stream()
			.filter(Objects::nonNull) // an empty or blank contactId binds as null
			.filter(id -> this.contacts.exists(owner.id(), id))
			.toList();
		InteractionForm form = InteractionForm.startingOn(owner.today(), participants);
		model.addAttribute("interactionForm", prefilled(form, kind, date));
		return form(owner, model);
	}

	@PostMapping
	String log(Owner owner, @Valid @ModelAttribute("interactionForm") InteractionForm form, BindingResult result,
			Model model, @RequestParam(name = "returnTo", required = false) String returnTo,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(owner, model);
		}
		try {
			long id = this.interactions.log(owner.id(), form.toCommand(), owner.today());
			confirmLogged(owner, id, returnTo, redirect);
			askKnownSince(owner, form.participantIds(), redirect);
			return LocalRedirects.to(returnTo, "/interactions/" + id);
		}
		catch (InvalidInteractionException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(owner, model);
		}
	}

	/**
	 * "Find" in the form without JavaScript: shows the people matching {@code q} beside
	 * those already picked, keeping everything typed so far; nothing is saved.
	 */
	@PostMapping(params = FIND)
	String findPeople(Owner owner, @ModelAttribute("interactionForm") InteractionForm form, BindingResult result,
			@RequestParam(name = "q", required = false) String query, Model model) {
		keepWithoutErrors(owner, form, model);
		return form(owner, model, query);
	}

	/** "Find" in the edit form without JavaScript (see {@link #findPeople}). */
	@PostMapping(path = "/{id}", params = FIND)
	String findPeopleForEdit(Owner owner, @PathVariable long id,
			@ModelAttribute("interactionForm") InteractionForm form, BindingResult result,
			@RequestParam(name = "q", required = false) String query, Model model) {
		this.interactions.get(owner.id(), id, owner.today());
		model.addAttribute("interactionId", id);
		keepWithoutErrors(owner, form, model);
		return form(owner, model, query);
	}

	/**
	 * A search is not a save: the half-filled form shows no field messages yet (a value
	 * that could not be read is dropped, as an empty field would be).
	 */
	private void keepWithoutErrors(Owner owner, InteractionForm form, Model model) {
		InteractionForm kept = (form != null) ? form : InteractionForm.startingOn(owner.today(), List.of());
		model.addAttribute("interactionForm", kept);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "interactionForm",
				new BeanPropertyBindingResult(kept, "interactionForm"));
	}

	@GetMapping("/{id}")
	String show(Owner owner, @PathVariable long id, Model model) {
		model.addAttribute("interaction", this.interactions.get(owner.id(), id, owner.today()));
		return PAGE;
	}

	@GetMapping("/{id}/edit")
	String edit(Owner owner, @PathVariable long id, Model model) {
		model.addAttribute("interactionId", id);
		model.addAttribute("interactionForm", this.interactions.get(owner.id(), id, owner.today()).toForm());
		return form(owner, model);
	}

	@PostMapping("/{id}")
	String update(Owner owner, @PathVariable long id, @Valid @ModelAttribute("interactionForm") InteractionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		LocalDate today = owner.today();
		this.interactions.get(owner.id(), id, today);
		model.addAttribute("interactionId", id);
		if (result.hasErrors()) {
			return form(owner, model);
		}
		try {
			this.interactions.update(owner.id(), id, form.toCommand(), today);
		}
		catch (InvalidInteractionException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(owner, model);
		}
		catch (StaleEditException ex) {
			result.reject("edit.stale");
			return form(owner, model);
		}
		Flash.success(redirect, "interaction.updated");
		return "redirect:/interactions/" + id;
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(Owner owner, @PathVariable long id, Model model) {
		model.addAttribute("interaction", this.interactions.get(owner.id(), id, owner.today()));
		return CONFIRM_DELETE;
	}

	/**
	 * Deletes the interaction; the toast's Undo logs it again from the fields it carries
	 * (a new interaction with the same date, kind, people and notes).
	 */
	@PostMapping("/{id}/delete")
	String delete(Owner owner, @PathVariable long id,
			@RequestParam(name = "returnTo", required = false) String returnTo, RedirectAttributes redirect) {
		LocalDate today = owner.today();
		InteractionView deleted = this.interactions.get(owner.id(), id, today);
		this.interactions.delete(owner.id(), id, today);
		String back = (!LocalRedirects.isLocal(returnTo) || returnTo.startsWith("/interactions/" + id))
				? "/interactions" : returnTo;
		Flash.undoable(redirect, new Flash.Undo("/interactions/restore", back, fieldsOf(deleted)),
				"interaction.deletedWhat", describe(deleted));
		return LocalRedirects.to(back, "/interactions");
	}

	/** Undo for delete: logs the deleted interaction again. */
	@PostMapping("/restore")
	String restore(Owner owner, @Valid @ModelAttribute("interactionForm") InteractionForm form, BindingResult result,
			@RequestParam(name = "returnTo", required = false) String returnTo, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			Flash.problem(redirect, "interaction.notRestored");
			return LocalRedirects.to(returnTo, "/interactions");
		}
		try {
			long id = this.interactions.log(owner.id(), form.toCommand(), owner.today());
			Flash.success(redirect, "interaction.restored",
					describe(this.interactions.get(owner.id(), id, owner.today())));
		}
		catch (InvalidInteractionException ex) {
			Flash.problem(redirect, "interaction.notRestored");
		}
		return LocalRedirects.to(returnTo, "/interactions");
	}

	/**
	 * "Coffee with Ana and Ben logged." with an Undo that deletes it and comes back here.
	 */
	private void confirmLogged(Owner owner, long id, String returnTo, RedirectAttributes redirect) {
		InteractionView logged = this.interactions.get(owner.id(), id, owner.today());
		Map<String, List<String>> back = LocalRedirects.isLocal(returnTo) ? Map.of("returnTo", List.of(returnTo))
				: Map.of();
		Flash.undoable(redirect, new Flash.Undo("/interactions/" + id + "/delete", null, back),
				InteractionSentences.confirmationKey(logged), describe(logged));
	}

	/**
	 * The first interaction with someone who has no "known since" asks how long the user
	 * has known them (on the page saving returns to), so an old friend does not score as
	 * someone new.
	 */
	private void askKnownSince(Owner owner, List<Long> participantIds, RedirectAttributes redirect) {
		List<KnownSinceQuestion> questions = this.contacts.knownSinceQuestions(owner.id(),
				this.interactions.withOnlyOneInteraction(owner.id(), participantIds));
		if (!questions.isEmpty()) {
			redirect.addFlashAttribute(KnownSinceQuestion.FLASH, questions);
		}
	}

	private String describe(InteractionView interaction) {
		return this.sentences.describe(interaction);
	}

	private static Map<String, List<String>> fieldsOf(InteractionView interaction) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("date", List.of(interaction.date().toString()));
		fields.put("kind", List.of(interaction.kind().name()));
		fields.put("direction", List.of(interaction.direction().name()));
		fields.put("participantIds", interaction.participantIds().stream().map(String::valueOf).toList());
		fields.put("summary", List.of(interaction.summary() == null ? "" : interaction.summary()));
		fields.put("notes", List.of(interaction.notes() == null ? "" : interaction.notes()));
		return fields;
	}

	private String form(Owner owner, Model model) {
		return form(owner, model, null);
	}

	/**
	 * The form with the people picked so far (archived ones too: they stay on an
	 * interaction they are already part of) and, after "Find", the people matching
	 * {@code query}; never every contact (see {@link ContactPicker}).
	 */
	private String form(Owner owner, Model model, String query) {
		InteractionForm form = (InteractionForm) model.getAttribute("interactionForm");
		if (form == null) {
			// A value that could not even be converted (a number where a date belongs)
			// leaves no form object; show an empty one beside the field messages rather
			// than failing the page.
			form = InteractionForm.startingOn(owner.today(), List.of());
			model.addAttribute("interactionForm", form);
		}
		model.addAttribute("contactOptions", this.picker.options(owner.id(), form.participantIds(), query));
		model.addAttribute("pickerQuery", query);
		model.addAttribute("noContacts", !this.picker.hasContacts(owner.id()));
		model.addAttribute("maxDate", owner.today().plusDays(InteractionService.MAX_DAYS_AHEAD));
		return FORM;
	}

	/**
	 * Links may suggest a kind and a day (the dashboard's "plan a meal" does); anything
	 * unreadable is ignored and the usual defaults stay, since this only fills in a form
	 * the user still checks.
	 */
	static InteractionForm prefilled(InteractionForm form, String kind, String date) {
		InteractionKind chosenKind = form.kind();
		LocalDate chosenDate = form.date();
		try {
			chosenKind = (kind != null) ? InteractionKind.valueOf(kind) : chosenKind;
		}
		catch (IllegalArgumentException ex) {
			// not a kind: keep the default
		}
		try {
			chosenDate = (date != null) ? LocalDate.parse(date) : chosenDate;
		}
		catch (DateTimeParseException ex) {
			// not a date: keep today
		}
		return new InteractionForm(chosenDate, chosenKind, form.direction(), form.participantIds(), form.summary(),
				form.notes(), form.version());
	}

}
