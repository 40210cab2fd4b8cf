package dev.rapport.depth;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.Direction;

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
	 * Lines of everyone with at least one favour or introduction in the window: those you
	 * have only received from first (most received first), then by most exchanged, then
	 * by contact id.
	 */
	public static List<Line> ledger(Collection<ContactInteraction> rows, LocalDate today) {
		LocalDate from = today.minusDays(WINDOW_DAYS - 1);
		Map<Long, int[]> counts = new HashMap<>();
		for (ContactInteraction row : rows) {
			if (!row.kind().isService() || row.date().isBefore(from) || row.date().isAfter(today)) {
				continue;
			}
			int[] line = counts.computeIfAbsent(row.contactId(), id -> new int[2]);
			if (row.direction() != Direction.THEM) {
				line[0]++;
			}
			if (row.direction() != Direction.ME) {
				line[1]++;
			}
		}
		return counts.entrySet()
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

}
