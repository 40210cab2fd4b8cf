package dev.rapport.depth;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rapport.interaction.ContactDirectionCount;
import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;

/**
 * The give-and-take ledger: favours and introductions given and received per person over
 * the last {@value #WINDOW_DAYS} days (today included). Direction says who gave:
 * {@code me} counts as given, {@code them} as received, {@code mutual} as both. Planned
 * ones do not count. Pure.
 */
public final class GiveAndTake {

	public static final int WINDOW_DAYS = 365;

	private GiveAndTake() {
	}

	/**
	 * One person's line; {@link #onlyReceived()} people are "a good moment to give back".
	 */
	public record Line(long contactId, int given, int received) {

		public boolean onlyReceived() {
			return this.given == 0 && this.received > 0;
		}

	}

	/**
	 * The favours and introductions (service kinds) that count on {@code today}: those
	 * dated within the last {@value #WINDOW_DAYS} days, today included.
	 */
	public static List<InteractionKind> countedKinds() {
		return Arrays.stream(InteractionKind.values()).filter(InteractionKind::isService).toList();
	}

	/** The first day of the window ending {@code today}. */
	public static LocalDate windowStart(LocalDate today) {
		return today.minusDays(WINDOW_DAYS - 1);
	}

	/**
	 * Lines of everyone with at least one favour or introduction in the window, from the
	 * rows themselves: the definition the database's counts ({@link #ledger(Collection)})
	 * follow.
	 */
	public static List<Line> ledger(Collection<ContactInteraction> rows, LocalDate today) {
		LocalDate from = windowStart(today);
		Map<DirectionKey, Long> counts = new HashMap<>();
		for (ContactInteraction row : rows) {
			if (row.kind().isService() && !row.date().isBefore(from) && !row.date().isAfter(today)) {
				counts.merge(new DirectionKey(row.contactId(), row.direction()), 1L, Long::sum);
			}
		}
		return ledger(counts.entrySet()
			.stream()
			.map(entry -> new ContactDirectionCount(entry.getKey().contactId(), entry.getKey().direction(),
					entry.getValue()))
			.toList());
	}

	/**
	 * Lines of everyone with at least one favour or introduction in the window, from the
	 * window's counts per contact and direction: those you have only received from first
	 * (most received first), then by most exchanged, then by contact id.
	 */
	public static List<Line> ledger(Collection<ContactDirectionCount> counts) {
		Map<Long, int[]> lines = new HashMap<>();
		for (ContactDirectionCount count : counts) {
			int[] line = lines.computeIfAbsent(count.contactId(), id -> new int[2]);
			if (count.direction() != Direction.THEM) {
				line[0] += (int) count.count();
			}
			if (count.direction() != Direction.ME) {
				line[1] += (int) count.count();
			}
		}
		return lines.entrySet()
			.stream()
			.map(entry -> new Line(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.sorted(Comparator.comparing(Line::onlyReceived)
				.reversed()
				.thenComparing(
						Comparator.comparingInt((Line line) -> line.onlyReceived() ? line.received() : 0).reversed())
				.thenComparing(Comparator.comparingInt((Line line) -> line.given() + line.received()).reversed())
				.thenComparingLong(Line::contactId))
			.toList();
	}

	private record DirectionKey(long contactId, Direction direction) {
	}

}
