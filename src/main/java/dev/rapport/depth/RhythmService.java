package dev.rapport.depth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.Rhythm;
import dev.rapport.interaction.InteractionService;
import dev.rapport.scoring.ScoreReading;
import dev.rapport.scoring.ScoringService;
import dev.rapport.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rhythm check of one owner, and the one-click "loosen" it proposes.
 */
@Service
@Transactional(readOnly = true)
public class RhythmService {

	private final ContactService contacts;

	private final InteractionService interactions;

	private final ScoringService scoring;

	RhythmService(ContactService contacts, InteractionService interactions, ScoringService scoring) {
		this.contacts = contacts;
		this.interactions = interactions;
		this.scoring = scoring;
	}

	/** A proposal with the person's name, for the page. */
	public record NamedLoosen(ContactRef contact, int fromDays, int toDays) {
	}

	/**
	 * The check with names, for the page; {@code intents} is how many relationships have
	 * a rhythm.
	 */
	public record Report(RhythmCheck.Result result, int intents, List<NamedLoosen> loosen) {
	}

	public RhythmCheck.Result check(long ownerId, LocalDate today, boolean includeInnerCircle) {
		return RhythmCheck.check(intentsOf(ownerId, today), touchesInWindow(ownerId, today), includeInnerCircle);
	}

	public Report report(long ownerId, LocalDate today, boolean includeInnerCircle) {
		List<RhythmCheck.Intent> intents = intentsOf(ownerId, today);
		RhythmCheck.Result result = RhythmCheck.check(intents, touchesInWindow(ownerId, today), includeInnerCircle);
		Map<Long, ContactRef> names = this.contacts.refs(ownerId,
				result.loosen().stream().map(RhythmCheck.Loosen::contactId).toList());
		List<NamedLoosen> named = result.loosen()
			.stream()
			.map(loosen -> new NamedLoosen(names.get(loosen.contactId()), loosen.fromDays(), loosen.toDays()))
			.toList();
		return new Report(result, intents.size(), named);
	}

	/**
	 * Sets a contact's rhythm to {@code toDays} (one of {@link Rhythm}'s steps).
	 * @throws NotFoundException when the contact is not the owner's
	 * @throws IllegalArgumentException when {@code toDays} is not a rhythm step
	 */
	@Transactional
	public void loosen(long ownerId, long contactId, int toDays) {
		Rhythm rhythm = Rhythm.ofDays(toDays).orElseThrow(() -> new IllegalArgumentException("Not a rhythm step"));
		this.contacts.intendRhythm(ownerId, contactId, Optional.of(rhythm));
	}

	private List<RhythmCheck.Intent> intentsOf(long ownerId, LocalDate today) {
		Map<Long, ScoreReading> readings = this.scoring.readingsOf(ownerId, today);
		List<RhythmCheck.Intent> intents = new ArrayList<>();
		this.contacts.intendedRhythms(ownerId).forEach((contactId, days) -> Rhythm.ofDays(days).ifPresent(rhythm -> {
			ScoreReading reading = readings.getOrDefault(contactId, ScoreReading.noHistory());
			intents.add(new RhythmCheck.Intent(contactId, rhythm, reading.bond(), reading.tier()));
		}));
		return intents;
	}

	/**
	 * Distinct (contact, day) pairs with a past interaction in the window ending today,
	 * counted in the database.
	 */
	private long touchesInWindow(long ownerId, LocalDate today) {
		return this.interactions.contactDaysBetween(ownerId, today.minusDays(RhythmCheck.WINDOW_DAYS - 1), today);
	}

}
