package dev.rapport.interaction.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.interaction.InvalidInteractionException;
import dev.rapport.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "I know these people": after an import, the user ticks the few connections they really
 * know and logs, in one go, when they last met each of them — one interaction per person,
 * which turns a connection into a relationship. "When" is answered as people remember it
 * (this month, this year, longer ago, don't remember; see {@link LastMet}); a person left
 * unanswered logs nothing.
 */
@Controller
@RequestMapping("/interactions/bulk")
class KnownPeopleController {

	static final String PAGE = "interaction/bulk";

	static final int MAX_PEOPLE = 50;

	/** The prefix of each person's answer field: {@code lastMet-42}. */
	static final String LAST_MET = "lastMet-";

	private final InteractionService interactions;

	private final ContactService contacts;

	KnownPeopleController(InteractionService interactions, ContactService contacts) {
		this.interactions = interactions;
		this.contacts = contacts;
	}

	@ModelAttribute("kinds")
	InteractionKind[] kinds() {
		return InteractionKind.values();
	}

	@ModelAttribute("directions")
	Direction[] directions() {
		return Direction.values();
	}

	@ModelAttribute("answers")
	LastMet[] answers() {
		return LastMet.values();
	}

	@GetMapping
	String rows(Owner owner, @RequestParam(name = "contactId", required = false) List<Long> contactIds, Model model,
			RedirectAttributes redirect) {
		List<Row> rows = new ArrayList<>();
		for (ContactRef person : people(owner, contactIds)) {
			rows.add(new Row(person, null, InteractionKind.COFFEE, Direction.MUTUAL));
		}
		if (rows.isEmpty()) {
			Flash.problem(redirect, "bulk.nobody");
			return "redirect:/contacts?imported=true";
		}
		return page(rows, model);
	}

	/**
	 * Logs one interaction per person answered, on the day their answer stands for
	 * ({@link LastMet}); a person left unanswered logs nothing. The answers are named
	 * {@code lastMet-<contact id>}.
	 */
	@PostMapping
	String log(Owner owner, @RequestParam(name = "contactId", required = false) List<Long> contactIds,
			@RequestParam(name = "kind", required = false) List<InteractionKind> kinds,
			@RequestParam(name = "direction", required = false) List<Direction> directions,
			@RequestParam MultiValueMap<String, String> fields, Model model, RedirectAttributes redirect) {
		LocalDate today = owner.today();
		List<ContactRef> people = people(owner, contactIds);
		Map<Long, ContactRef> byId = new HashMap<>();
		people.forEach(person -> byId.put(person.id(), person));
		List<Row> rows = new ArrayList<>();
		List<InteractionCommand> commands = new ArrayList<>();
		for (int i = 0; contactIds != null && i < contactIds.size(); i++) {
			ContactRef person = byId.get(contactIds.get(i));
			if (person == null || rows.stream().anyMatch(row -> row.person().id() == person.id())) {
				continue;
			}
			LastMet lastMet = LastMet.of(fields.getFirst(LAST_MET + person.id()));
			InteractionKind kind = valueAt(kinds, i);
			Direction direction = valueAt(directions, i);
			rows.add(new Row(person, lastMet, kind == null ? InteractionKind.COFFEE : kind,
					direction == null ? Direction.MUTUAL : direction));
			if (lastMet != null && kind != null && direction != null) {
				commands.add(new InteractionCommand(lastMet.dayFor(today), kind, direction, List.of(person.id()), null,
						null, null));
			}
		}
		if (commands.isEmpty()) {
			model.addAttribute("problemKey", "bulk.noAnswers");
			return page(rows, model);
		}
		try {
			this.interactions.logEach(owner.id(), commands, today);
		}
		catch (InvalidInteractionException ex) {
			model.addAttribute("problemKey", ex.messageKey());
			return page(rows, model);
		}
		Flash.success(redirect, "bulk.logged", commands.size());
		return "redirect:/contacts?imported=true";
	}

	private List<ContactRef> people(Owner owner, List<Long> contactIds) {
		if (contactIds == null || contactIds.isEmpty()) {
			return List.of();
		}
		List<Long> ids = contactIds.stream().filter(Objects::nonNull).distinct().limit(MAX_PEOPLE).toList();
		Map<Long, ContactRef> refs = this.contacts.refs(owner.id(), ids);
		return ids.stream().map(refs::get).filter(Objects::nonNull).toList();
	}

	private String page(List<Row> rows, Model model) {
		model.addAttribute("rows", rows);
		return PAGE;
	}

	private static <T> T valueAt(List<T> values, int index) {
		return (values != null && index < values.size()) ? values.get(index) : null;
	}

	/** One person's line on the page, as entered so far. */
	record Row(ContactRef person, LastMet lastMet, InteractionKind kind, Direction direction) {
	}

}
