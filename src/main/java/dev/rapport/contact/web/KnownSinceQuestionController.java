package dev.rapport.contact.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactDetails;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.KnownFor;
import dev.rapport.contact.KnownSinceQuestion;
import dev.rapport.shared.web.Flash;
import dev.rapport.shared.web.LocalRedirects;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Answers "How long have you known them?" (see {@link KnownFor}): stores the answer as
 * the contact's "known since", or skips it, and goes back to the page the question was on
 * with the other people still to be asked about.
 */
@Controller
class KnownSinceQuestionController {

	static final String SKIP = "SKIP";

	private final ContactService contacts;

	private final KnownSinceFormatter format = new KnownSinceFormatter();

	KnownSinceQuestionController(ContactService contacts) {
		this.contacts = contacts;
	}

	@PostMapping("/contacts/{id}/known-since")
	String answer(Owner owner, @PathVariable long id,
			@RequestParam(name = "knownFor", required = false) String knownFor,
			@RequestParam(name = "ask", required = false) List<String> ask,
			@RequestParam(name = "returnTo", required = false) String returnTo, RedirectAttributes redirect) {
		ContactDetails contact = this.contacts.get(owner.id(), id);
		KnownFor answer = answerOf(knownFor);
		if (answer != null) {
			LocalDate today = owner.today();
			boolean stored = this.contacts.answerKnownFor(owner.id(), id, answer, today);
			LocalDate since = stored ? answer.since(today) : this.contacts.get(owner.id(), id).knownSince();
			Flash.success(redirect, stored ? "knownSince.answered" : "knownSince.alreadySet", contact.displayName(),
					this.format.print(since, Locale.ROOT));
		}
		List<KnownSinceQuestion> stillToAsk = this.contacts.knownSinceQuestions(owner.id(), othersThan(id, ask));
		if (!stillToAsk.isEmpty()) {
			redirect.addFlashAttribute(KnownSinceQuestion.FLASH, stillToAsk);
		}
		return LocalRedirects.to(returnTo, "/contacts/" + id);
	}

	/** The answer given; "Skip" (or anything unreadable) stores nothing. */
	private static KnownFor answerOf(String knownFor) {
		if (knownFor == null || SKIP.equals(knownFor)) {
			return null;
		}
		try {
			return KnownFor.valueOf(knownFor);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The other people the page asked about (ids that are not numbers are ignored,
	 * others' contacts drop out later).
	 */
	private static List<Long> othersThan(long id, List<String> ask) {
		if (ask == null) {
			return List.of();
		}
		return ask.stream()
			.filter(Objects::nonNull)
			.filter(text -> text.matches("\\d{1,18}"))
			.map(Long::valueOf)
			.filter(other -> other != id)
			.distinct()
			.limit(KnownSinceQuestion.AT_MOST)
			.toList();
	}

}
