package dev.rapport.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.rapport.interaction.internal.Interaction;
import dev.rapport.interaction.internal.InteractionListRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interaction list's past interactions, a page at a time from a position ("older than
 * this one", "newer than that one") rather than by page number, so that no page counts or
 * sorts all of the owner's interactions (a numbered page did both: a second at 200,000
 * interactions; docs/benchmarks.md).
 */
@Service
@Transactional(readOnly = true)
public class InteractionListing {

	/**
	 * Someone with more interactions than this is found faster by walking the owner's
	 * interactions newest first (every twentieth or so is theirs) than by sorting all of
	 * their own.
	 */
	static final long MANY_ROWS = 1_000;

	private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	private final InteractionListRepository list;

	private final InteractionService interactions;

	InteractionListing(InteractionListRepository list, InteractionService interactions) {
		this.list = list;
		this.interactions = interactions;
	}

	/**
	 * Up to {@code size} interactions up to today matching the filter, newest first: the
	 * newest ones, or those older than interaction {@code olderThan}, or those newer than
	 * interaction {@code newerThan} (ids of the owner's interactions; an id that is not
	 * one starts from the newest).
	 */
	public InteractionListPage past(long ownerId, InteractionFilter filter, LocalDate today, Long olderThan,
			Long newerThan, int size) {
		LocalDate to = (filter.to() == null || filter.to().isAfter(today)) ? today : filter.to();
		LocalDate from = (filter.from() == null) ? EARLIEST : filter.from();
		List<InteractionKind> kinds = (filter.kind() == null) ? List.of(InteractionKind.values())
				: List.of(filter.kind());
		boolean fewRows = filter.contactId() != null && this.list.countRowsOf(filter.contactId()) <= MANY_ROWS;
		PageRequest onePageMore = PageRequest.of(0, size + 1);
		LocalDate newerDate = (newerThan != null) ? dateOf(ownerId, newerThan) : null;
		if (newerDate != null) {
			List<Interaction> newer = new ArrayList<>(fewRows
					? this.list.findNewerWith(ownerId, filter.contactId(), kinds, newerDate, newerThan, to, onePageMore)
					: this.list.findNewer(ownerId, filter.contactId(), kinds, newerDate, newerThan, to, onePageMore));
			boolean more = newer.size() > size;
			List<Interaction> shown = new ArrayList<>(newer.subList(0, Math.min(size, newer.size())));
			Collections.reverse(shown);
			if (shown.isEmpty()) {
				return past(ownerId, filter, today, null, null, size);
			}
			return new InteractionListPage(this.interactions.viewsOf(ownerId, shown, today),
					shown.get(shown.size() - 1).getId(), more ? shown.get(0).getId() : null);
		}
		LocalDate olderDate = (olderThan != null) ? dateOf(ownerId, olderThan) : null;
		LocalDate beforeDate = (olderDate != null && !olderDate.isAfter(to)) ? olderDate : to;
		long beforeId = (olderDate != null && !olderDate.isAfter(to)) ? olderThan : Long.MAX_VALUE;
		List<Interaction> older = fewRows
				? this.list.findOlderWith(ownerId, filter.contactId(), kinds, from, beforeDate, beforeId, onePageMore)
				: this.list.findOlder(ownerId, filter.contactId(), kinds, from, beforeDate, beforeId, onePageMore);
		boolean more = older.size() > size;
		List<Interaction> shown = older.subList(0, Math.min(size, older.size()));
		Long newerStart = (beforeId != Long.MAX_VALUE && !shown.isEmpty()) ? shown.get(0).getId() : null;
		return new InteractionListPage(this.interactions.viewsOf(ownerId, shown, today),
				more ? shown.get(shown.size() - 1).getId() : null, newerStart);
	}

	private LocalDate dateOf(long ownerId, long interactionId) {
		List<LocalDate> dates = this.list.findDateOf(ownerId, interactionId);
		return dates.isEmpty() ? null : dates.get(0);
	}

}
