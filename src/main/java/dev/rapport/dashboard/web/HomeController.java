package dev.rapport.dashboard.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.contact.KnownSinceQuestion;
import dev.rapport.demo.SampleDataService;
import dev.rapport.followup.FollowUpService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionForm;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionSentences;
import dev.rapport.interaction.InteractionService;
import dev.rapport.interaction.InteractionView;
import dev.rapport.interaction.InvalidInteractionException;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.scoring.ScoringService;
import dev.rapport.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The home page: quick log, this week's list, follow-ups due, recent interactions and the
 * network by tier. The quick log works with htmx (logged in place) and without (a plain
 * POST and redirect).
 */
@Controller
class HomeController {

	static final String HOME = "dashboard/home";

	static final String LOGGED = "dashboard/home :: logged";

	static final String PEOPLE = "dashboard/home :: people";

	static final int RECENT_SHOWN = 10;

	static final int PEOPLE_SHOWN = 10;

	static final int PLAN_MEAL_DAYS_AHEAD = 7;

	static final String PLAN_MEAL_WITH = "planMealWith";

	/**
	 * "How long have you known them?" inside the quick log's card after an htmx quick
	 * log.
	 */
	static final String ASK_KNOWN_SINCE = "askKnownSince";

	/** The kinds offered as one-click buttons, most common first. */
	static final List<InteractionKind> QUICK_KINDS = List.of(InteractionKind.COFFEE, InteractionKind.MEAL,
			InteractionKind.CALL, InteractionKind.VIDEO, InteractionKind.MESSAGE, InteractionKind.MEETING,
			InteractionKind.EMAIL, InteractionKind.SOCIAL, InteractionKind.INTRODUCTION, InteractionKind.FAVOUR);

	private final InteractionService interactions;

	private final FollowUpService followUps;

	private final ContactService contacts;

	private final ScoringService scoring;

	private final ReconnectService reconnect;

	private final SampleDataService sampleData;

	private final InteractionSentences sentences;

	private final ImportantDateService dates;

	private final NetworkDigest networkDigest;

	HomeController(InteractionService interactions, FollowUpService followUps, ContactService contacts,
			ScoringService scoring, ReconnectService reconnect, SampleDataService sampleData,
			InteractionSentences sentences, ImportantDateService dates, NetworkDigest networkDigest) {
		this.networkDigest = networkDigest;
		this.sentences = sentences;
		this.dates = dates;
		this.interactions = interactions;
		this.followUps = followUps;
		this.contacts = contacts;
		this.scoring = scoring;
		this.reconnect = reconnect;
		this.sampleData = sampleData;
	}

	@ModelAttribute("kinds")
	List<InteractionKind> kinds() {
		return QUICK_KINDS;
	}

	@ModelAttribute("directions")
	Direction[] directions() {
		return Direction.values();
	}

	@GetMapping("/")
	String home(Owner owner, @RequestParam(name = "q", required = false) String query, Model model) {
		LocalDate today = owner.today();
		// The count and the stamp the digest is kept by come from one pass over the
		// contacts.
		ContactService.ContactsStamp contactsStamp = this.contacts.stampOf(owner.id());
		long contactCount = contactsStamp.count();
		model.addAttribute("today", today);
		model.addAttribute("firstRun", contactCount == 0);
		model.addAttribute("hasSampleData", this.sampleData.hasSampleData(owner.id()));
		model.addAttribute("quickLog", InteractionForm.startingOn(today, List.of()));
		model.addAttribute("query", query);
		model.addAttribute("people",
				(query == null || query.isBlank()) ? List.of() : peopleFor(owner.id(), query, List.of()));
		addRecent(model, owner.id(), today);
		if (contactCount > 0) {
			model.addAttribute("week", this.reconnect.thisWeek(owner.id(), today));
			model.addAttribute("dueFollowUps", this.followUps.dueSoon(owner.id(), today, PageRequest.of(0, 20)));
			model.addAttribute("comingUp", this.dates.upcoming(owner.id(), today, ImportantDateService.COMING_UP_DAYS));
			model.addAttribute("network",
					NetworkPicture.of(this.scoring.readingsOf(owner.id(), today).values(), contactCount));
			NetworkDigest.Digest digest = this.networkDigest.of(owner.id(), today, contactsStamp.changeStamp());
			model.addAttribute("conversations", digest.conversations());
			model.addAttribute("gathering", digest.gathering());
		}
		if (model.getAttribute(PLAN_MEAL_WITH) instanceof List<?> ids) {
			model.addAttribute("planMeal",
					planMealOffer(owner.id(), ids.stream().map(id -> (Long) id).toList(), today));
		}
		return HOME;
	}

	/**
	 * Type-ahead for the quick log: the people already picked, then up to ten who match.
	 */
	@GetMapping("/quick-log/people")
	String people(Owner owner, @RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "participantIds", required = false) List<Long> picked, Model model) {
		model.addAttribute("people", peopleFor(owner.id(), query, picked == null ? List.of() : picked));
		return PEOPLE;
	}

	@PostMapping("/quick-log")
	String quickLog(Owner owner, @Valid @ModelAttribute("quickLog") InteractionForm form, BindingResult result,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		LocalDate today = owner.today();
		String problem = null;
		InteractionView logged = null;
		if (result.hasErrors()) {
			problem = result.hasFieldErrors("participantIds") ? "home.quickLog.pickSomeone" : "home.quickLog.invalid";
		}
		else {
			try {
				logged = this.interactions.get(owner.id(), this.interactions.log(owner.id(), form.toCommand(), today),
						today);
			}
			catch (InvalidInteractionException ex) {
				problem = ex.messageKey();
			}
		}
		if (!htmx.isHtmxRequest()) {
			if (problem != null) {
				Flash.problem(redirect, problem);
			}
			else {
				Flash.undoable(redirect,
						new Flash.Undo("/interactions/" + logged.id() + "/delete", null,
								Map.of("returnTo", List.of("/"))),
						InteractionSentences.confirmationKey(logged), this.sentences.describe(logged));
				if (form.kind().isTextOnly()) {
					redirect.addFlashAttribute(PLAN_MEAL_WITH, new ArrayList<>(form.participantIds()));
				}
				List<KnownSinceQuestion> questions = knownSinceQuestions(owner.id(), form.participantIds());
				if (!questions.isEmpty()) {
					redirect.addFlashAttribute(KnownSinceQuestion.FLASH, questions);
				}
			}
			return "redirect:/";
		}
		model.addAttribute("problem", problem);
		model.addAttribute("justLogged", problem == null);
		if (problem == null && form.kind().isTextOnly()) {
			model.addAttribute("planMeal", planMealOffer(owner.id(), form.participantIds(), today));
		}
		if (logged != null) {
			model.addAttribute("logged", logged);
			model.addAttribute("loggedKey", InteractionSentences.confirmationKey(logged));
			model.addAttribute("loggedText", this.sentences.describe(logged));
			model.addAttribute(ASK_KNOWN_SINCE, knownSinceQuestions(owner.id(), form.participantIds()));
			// What logging changed elsewhere on the page: this week's list and the
			// network by tier.
			long contactCount = this.contacts.count(owner.id());
			model.addAttribute("week", this.reconnect.thisWeek(owner.id(), today));
			model.addAttribute("network",
					NetworkPicture.of(this.scoring.readingsOf(owner.id(), today).values(), contactCount));
		}
		model.addAttribute("quickLog", (problem == null) ? InteractionForm.startingOn(today, List.of()) : form);
		model.addAttribute("people", (problem == null || form.participantIds() == null) ? List.of()
				: peopleFor(owner.id(), null, form.participantIds()));
		model.addAttribute("today", today);
		addRecent(model, owner.id(), today);
		return LOGGED;
	}

	/**
	 * The people this quick log was the first interaction with and whose "known since" is
	 * not known yet.
	 */
	private List<KnownSinceQuestion> knownSinceQuestions(long owner, List<Long> participantIds) {
		return this.contacts.knownSinceQuestions(owner,
				this.interactions.withOnlyOneInteraction(owner, participantIds));
	}

	/**
	 * After a message, email or social touch: an offer to plan a meal with the same
	 * people a week ahead (a planned interaction, on the log form prefilled), since the
	 * richer contact is what keeps a tie.
	 */
	private PlanMealOffer planMealOffer(long owner, List<Long> participantIds, LocalDate today) {
		List<ContactRef> people = this.contacts.refs(owner, participantIds)
			.values()
			.stream()
			.sorted(Comparator.comparing(ContactRef::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return people.isEmpty() ? null : new PlanMealOffer(people, today.plusDays(PLAN_MEAL_DAYS_AHEAD));
	}

	/** The people to plan a meal with and the day the form proposes. */
	record PlanMealOffer(List<ContactRef> people, LocalDate date) {

		public String names() {
			return String.join(", ", this.people.stream().map(ContactRef::displayName).toList());
		}

		public List<Long> ids() {
			return this.people.stream().map(ContactRef::id).toList();
		}

	}

	private void addRecent(Model model, long owner, LocalDate today) {
		model.addAttribute("recent", this.interactions.latest(owner, today, RECENT_SHOWN));
	}

	private List<QuickLogPerson> peopleFor(long owner, String query, List<Long> picked) {
		Map<Long, QuickLogPerson> people = new LinkedHashMap<>();
		this.contacts.refs(owner, picked.stream().filter(Objects::nonNull).toList())
			.values()
			.stream()
			.sorted(Comparator.comparing(ContactRef::displayName, String.CASE_INSENSITIVE_ORDER))
			.forEach(ref -> people.put(ref.id(), new QuickLogPerson(ref, true)));
		if (query != null && !query.isBlank()) {
			for (ContactRef ref : this.contacts.search(owner, query, PEOPLE_SHOWN)) {
				people.putIfAbsent(ref.id(), new QuickLogPerson(ref, false));
			}
		}
		return new ArrayList<>(people.values());
	}

}
