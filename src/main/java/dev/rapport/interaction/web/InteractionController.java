package dev.rapport.interaction.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.KnownSinceQuestion;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionFilter;
import dev.rapport.interaction.InteractionForm;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionSentences;
import dev.rapport.interaction.InteractionService;
import dev.rapport.interaction.InteractionView;
import dev.rapport.interaction.InvalidInteractionException;
import dev.rapport.shared.StaleEditException;
import dev.rapport.shared.web.Flash;
import dev.rapport.shared.web.LocalRedirects;
import dev.rapport.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

	/**
	 * Planned interactions shown above the list; a year ahead at most, so rarely more.
	 */
	static final int PLANNED_SHOWN = 50;

	private final InteractionService interactions;

	private final ContactService contacts;

	private final InteractionSentences sentences;

	InteractionController(InteractionService interactions, ContactService contacts, InteractionSentences sentences) {
		this.interactions = interactions;
		this.contacts = contacts;
		this.sentences = sentences;
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
	 * newest first and paged; both narrowed by the filters. A page past the end shows the
	 * last one.
	 */
	@GetMapping
	String list(Owner owner, @RequestParam(name = "contactId", required = false) String contactId,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		long ownerId = owner.id();
		LocalDate today = owner.today();
		InteractionListFilter filter = InteractionListFilter.read(contactId, kind, from, to);
		InteractionFilter search = filter.toFilter();
		Page<InteractionView> past = this.interactions.searchPast(ownerId, search, today, Paging.page(page, PAGE_SIZE));
		if (past.getNumber() >= past.getTotalPages() && past.getTotalPages() > 0) {
			past = this.interactions.searchPast(ownerId, search, today,
					PageRequest.of(past.getTotalPages() - 1, PAGE_SIZE));
		}
		model.addAttribute("filter", filter);
		model.addAttribute("query", Map.of("contactId", valueOr(contactId), "kind", valueOr(kind), "from",
				valueOr(from), "to", valueOr(to)));
		model.addAttribute("interactions", past);
		model.addAttribute("planned",
				past.isFirst() ? this.interactions.searchPlanned(ownerId, search, today, PLANNED_SHOWN) : List.of());
		List<ContactRef> people = new ArrayList<>(this.contacts.activeContacts(ownerId));
		if (filter.contactId() != null && people.stream().noneMatch(person -> person.id() == filter.contactId())) {
			// Someone archived since stays choosable while they are the filter.
			people.addAll(this.contacts.refs(ownerId, List.of(filter.contactId())).values());
		}
		model.addAttribute("contactOptions", people);
		return LIST;
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
			long id = this.interactions.log(owner.id(), form, owner.today());
			confirmLogged(owner, id, returnTo, redirect);
			askKnownSince(owner, form.participantIds(), redirect);
			return LocalRedirects.to(returnTo, "/interactions/" + id);
		}
		catch (InvalidInteractionException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(owner, model);
		}
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
			this.interactions.update(owner.id(), id, form, today);
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
			long id = this.interactions.log(owner.id(), form, owner.today());
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
		long ownerId = owner.id();
		List<KnownSinceQuestion> questions = this.contacts.knownSinceQuestions(ownerId,
				this.interactions.withOnlyOneInteraction(ownerId, participantIds));
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
		long ownerId = owner.id();
		// Archived people stay selectable on an interaction they are already part of.
		List<ContactRef> options = new ArrayList<>(this.contacts.activeContacts(ownerId));
		InteractionForm form = (InteractionForm) model.getAttribute("interactionForm");
		if (form == null) {
			// A value that could not even be converted (a number where a date belongs)
			// leaves no form
			// object; show an empty one beside the field messages rather than failing the
			// page.
			form = InteractionForm.startingOn(owner.today(), List.of());
			model.addAttribute("interactionForm", form);
		}
		if (form.participantIds() != null) {
			Set<Long> listed = options.stream().map(ContactRef::id).collect(Collectors.toSet());
			this.contacts
				.refs(ownerId, form.participantIds().stream().filter(id -> id != null && !listed.contains(id)).toList())
				.values()
				.forEach(options::add);
		}
		model.addAttribute("contactOptions", options);
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
