package dev.rapport.depth;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.rapport.contact.ContactNeeds;
import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.Side;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving first: introductions worth making, logging one in a click (with a follow-up to
 * ask how it went), and the give-and-take ledger of the last year.
 */
@Service
@Transactional(readOnly = true)
public class GiveFirstService {

	/** When to ask how an introduction went. */
	public static final int ASK_HOW_IT_WENT_AFTER_DAYS = 14;

	private final ContactService contacts;

	private final InteractionService interactions;

	private final FollowUpService followUps;

	private final MessageSource messages;

	GiveFirstService(ContactService contacts, InteractionService interactions, FollowUpService followUps,
			MessageSource messages) {
		this.contacts = contacts;
		this.interactions = interactions;
		this.followUps = followUps;
		this.messages = messages;
	}

	/**
	 * A suggested introduction: helper first, then the person looking; {@code because}
	 * says why.
	 */
	public record Suggestion(ContactRef helper, ContactRef seeker, String because) {

		public List<Long> contactIds() {
			return List.of(this.helper.id(), this.seeker.id());
		}

	}

	/**
	 * One person's give and take over the last year, with what they are looking for
	 * (ideas to give).
	 */
	public record LedgerLine(ContactRef contact, int given, int received, boolean onlyReceived, String lookingFor) {
	}

	/** What one click created. */
	public record IntroductionLogged(long interactionId, long followUpId) {
	}

	public List<Suggestion> introductions(long ownerId) {
		List<ContactNeeds> people = this.contacts.needsAndOffers(ownerId);
		Map<Long, ContactNeeds> byId = people.stream().collect(Collectors.toMap(ContactNeeds::id, Function.identity()));
		Set<Set<Long>> introduced = new HashSet<>();
		for (Set<Long> participants : this.interactions.participantsOfKind(ownerId, InteractionKind.INTRODUCTION)) {
			for (Long a : participants) {
				for (Long b : participants) {
					if (!a.equals(b)) {
						introduced.add(Set.of(a, b));
					}
				}
			}
		}
		Locale locale = LocaleContextHolder.getLocale();
		return IntroductionMatcher.suggest(people, introduced).stream().map(match -> {
			ContactNeeds helper = byId.get(match.helperId());
			ContactNeeds seeker = byId.get(match.seekerId());
			return new Suggestion(new ContactRef(helper.id(), helper.displayName()),
					new ContactRef(seeker.id(), seeker.displayName()), because(match, helper, seeker, locale));
		}).toList();
	}

	private String because(IntroductionMatcher.Match match, ContactNeeds helper, ContactNeeds seeker, Locale locale) {
		String words = match.sharedWords()
			.stream()
			.map(word -> "\u201c" + word + "\u201d")
			.collect(Collectors.joining(", "));
		if (match.viaTag() != null) {
			return this.messages.getMessage("depth.intro.becauseTag",
					new Object[] { seeker.displayName(), seeker.lookingFor(), helper.displayName(), match.viaTag() },
					locale);
		}
		return this.messages.getMessage("depth.intro.because", new Object[] { helper.displayName(),
				helper.canHelpWith(), seeker.displayName(), seeker.lookingFor(), words, match.sharedWords().size() },
				locale);
	}

	/**
	 * Logs an introduction given by the owner between two of their contacts today, and a
	 * follow-up to ask the person who was looking how it went, in one transaction.
	 * @throws NotFoundException when either contact is not the owner's
	 * @throws IllegalArgumentException when both ids are the same person
	 */
	@Transactional
	public IntroductionLogged logIntroduction(long ownerId, long helperId, long seekerId, LocalDate today) {
		if (helperId == seekerId) {
			throw new IllegalArgumentException("An introduction needs two different people");
		}
		Map<Long, ContactRef> people = this.contacts.refs(ownerId, List.of(helperId, seekerId));
		ContactRef helper = people.get(helperId);
		ContactRef seeker = people.get(seekerId);
		if (helper == null || seeker == null) {
			throw new NotFoundException("Contact", (helper == null) ? helperId : seekerId);
		}
		Locale locale = LocaleContextHolder.getLocale();
		String summary = this.messages.getMessage("depth.intro.summary",
				new Object[] { helper.displayName(), seeker.displayName() }, locale);
		long interactionId = this.interactions.log(
				ownerId, new InteractionCommand(today, InteractionKind.INTRODUCTION, Direction.ME,
						List.of(helperId, seekerId), limit(summary, InteractionCommand.MAX_SUMMARY), null, null),
				today);
		String title = this.messages.getMessage("depth.intro.followUp",
				new Object[] { seeker.displayName(), helper.displayName() }, locale);
		long followUpId = this.followUps.create(ownerId, new FollowUpCommand(seekerId, interactionId,
				limit(title, FollowUpCommand.MAX_TITLE), today.plusDays(ASK_HOW_IT_WENT_AFTER_DAYS), Side.I_OWE, null));
		return new IntroductionLogged(interactionId, followUpId);
	}

	public List<LedgerLine> ledger(long ownerId, LocalDate today) {
		// Counted in the database per contact and direction: the page holds one line per
		// person, not the year's (or the whole history's) rows.
		List<GiveAndTake.Line> lines = GiveAndTake.ledger(this.interactions.countsPerContactAndDirection(ownerId,
				GiveAndTake.countedKinds(), GiveAndTake.windowStart(today), today));
		Map<Long, ContactRef> names = this.contacts.refs(ownerId,
				lines.stream().map(GiveAndTake.Line::contactId).toList());
		Map<Long, String> lookingFor = this.contacts.needsAndOffers(ownerId)
			.stream()
			.filter(needs -> needs.lookingFor() != null)
			.collect(Collectors.toMap(ContactNeeds::id, ContactNeeds::lookingFor));
		return lines.stream()
			.filter(line -> names.containsKey(line.contactId()))
			.map(line -> new LedgerLine(names.get(line.contactId()), line.given(), line.received(), line.onlyReceived(),
					lookingFor.get(line.contactId())))
			.toList();
	}

	private static String limit(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "\u2026";
	}

}
