package dev.rapport.depth;

import java.time.LocalDate;
import java.util.Optional;

import dev.rapport.interaction.InteractionService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the user last sat down with someone, and how many real conversations they had
 * lately.
 */
@Service
@Transactional(readOnly = true)
public class BreakingBreadService {

	private final InteractionService interactions;

	BreakingBreadService(InteractionService interactions) {
		this.interactions = interactions;
	}

	/**
	 * Empty when they never shared a meal, a coffee or a meeting (or the contact is not
	 * the owner's). Asks for the latest interaction of each kind, not for every row: a
	 * contact page costs the same for a long history as for a short one.
	 */
	public Optional<BreakingBread.LastTime> lastBrokeBread(long ownerId, long contactId, LocalDate today) {
		return BreakingBread.lastBrokeBread(this.interactions.latestOfEachKind(ownerId, contactId, today), today);
	}

	public BreakingBread.Conversations conversations(long ownerId, LocalDate today) {
		return BreakingBread
			.conversations(this.interactions.daysBetween(ownerId, BreakingBread.countingFrom(today), today), today);
	}

}
