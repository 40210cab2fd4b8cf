package dev.rapport.interaction.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.rapport.account.CurrentUser;
import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionForm;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.interaction.InvalidInteractionException;
import dev.rapport.shared.web.Flash;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "I know these people": after an import, the user ticks the few connections they really know and
 * logs, in one go, when they last met each of them — one interaction per person, which turns a
 * connection into a relationship. A row left without a date logs nothing for that person.
 */
@Controller
@RequestMapping("/interactions/bulk")
class KnownPeopleController {

	static final String PAGE = "interaction/bulk";

	static final int MAX_PEOPLE = 50;

	private final InteractionService interactions;

	private final ContactService contacts;

	private final CurrentUser currentUser;

	KnownPeopleController(InteractionService interactions, ContactService contacts, CurrentUser currentUser) {
		this.interactions = interactions;
		this.contacts = contacts;
		this.currentUser = currentUser;
	}

	@ModelAttribute("kinds")
	InteractionKind[] kinds() {
		return InteractionKind.values();
	}

	@ModelAttribute("directions")
	Direction[] directions() {
		return Direction.values();
	}

	@GetMapping
	String rows(@RequestParam(name = "contactId", required = false) List<Long> contactIds, Model model,
			RedirectAttributes redirect) {
		List<Row> rows = new ArrayList<>();
		for (ContactRef person : people(contactIds)) {
			rows.add(new Row(person, null, InteractionKind.COFFEE, Direction.MUTUAL));
		}
		if (rows.isEmpty()) {
			Flash.problem(redirect, "bulk.nobody");
			return "redirect:/contacts?imported=true";
		}
		return page(rows, model);
	}

	@PostMapping
	String log(@RequestParam(name = "contactId", required = false) List<Long> contactIds,
			@RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> dates,
			@RequestParam(name = "kind", required = false) List<InteractionKind> kinds,
			@RequestParam(name = "direction", required = false) List<Direction> directions, Model model,
			RedirectAttributes redirect) {
		long owner = this.currentUser.id();
		List<ContactRef> people = people(contactIds);
		Map<Long, ContactRef> byId = new java.util.HashMap<>();
		people.forEach(person -> byId.put(person.id(), person));
		List<Row> rows = new ArrayList<>();
		List<InteractionForm> forms = new ArrayList<>();
		for (int i = 0; contactIds != null && i < contactIds.size(); i++) {
			ContactRef person = byId.get(contactIds.get(i));
			if (person == null) {
				continue;
			}
			LocalDate date = valueAt(dates, i);
			InteractionKind kind = valueAt(kinds, i);
			Direction direction = valueAt(directions, i);
			rows.add(new Row(person, date, kind == null ? InteractionKind.COFFEE : kind,
					direction == null ? Direction.MUTUAL : direction));
			if (date != null && kind != null && direction != null) {
				forms.add(new InteractionForm(date, kind, direction, List.of(person.id()), null, null, null));
			}
		}
		if (forms.isEmpty()) {
			model.addAttribute("problemKey", "bulk.noDates");
			return page(rows, model);
		}
		try {
			this.interactions.logEach(owner, forms, this.currentUser.today());
		}
		catch (InvalidInteractionException ex) {
			model.addAttribute("problemKey", ex.messageKey());
			return page(rows, model);
		}
		Flash.success(redirect, "bulk.logged", forms.size());
		return "redirect:/contacts?imported=true";
	}

	private List<ContactRef> people(List<Long> contactIds) {
		if (contactIds == null || contactIds.isEmpty()) {
			return List.of();
		}
		List<Long> ids = contactIds.stream().filter(java.util.Objects::nonNull).distinct().limit(MAX_PEOPLE).toList();
		Map<Long, ContactRef> refs = this.contacts.refs(this.currentUser.id(), ids);
		return ids.stream().map(refs::get).filter(java.util.Objects::nonNull).toList();
	}

	private String page(List<Row> rows, Model model) {
		model.addAttribute("rows", rows);
		model.addAttribute("today", this.currentUser.today());
		model.addAttribute("maxDate", this.currentUser.today().plusDays(InteractionService.MAX_DAYS_AHEAD));
		return PAGE;
	}

	private static <T> T valueAt(List<T> values, int index) {
		return (values != null && index < values.size()) ? values.get(index) : null;
	}

	/** One person's line on the page, as entered so far. */
	record Row(ContactRef person, LocalDate date, InteractionKind kind, Direction direction) {
	}

}
