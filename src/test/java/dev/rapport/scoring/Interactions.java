package dev.rapport.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;

/** Object mother for scoring rows and histories. */
final class Interactions {

	/** A Monday; every test counts from here, never from the system clock. */
	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	static final ScoringProperties PROPERTIES = ScoringProperties.defaults();

	private Interactions() {
	}

	static ScoredInteraction mutual(InteractionKind kind, LocalDate day) {
		return new ScoredInteraction(day, kind, Direction.MUTUAL);
	}

	static ScoredInteraction byMe(InteractionKind kind, LocalDate day) {
		return new ScoredInteraction(day, kind, Direction.ME);
	}

	static ScoredInteraction byThem(InteractionKind kind, LocalDate day) {
		return new ScoredInteraction(day, kind, Direction.THEM);
	}

	static LocalDate daysAgo(long days) {
		return TODAY.minusDays(days);
	}

	/**
	 * One interaction every {@code periodDays}, the last one on {@code last}, going back
	 * {@code count} times.
	 */
	static List<ScoredInteraction> every(int periodDays, int count, InteractionKind kind, Direction direction,
			LocalDate last) {
		List<ScoredInteraction> rows = new ArrayList<>();
		for (int i = count - 1; i >= 0; i--) {
			rows.add(new ScoredInteraction(last.minusDays((long) i * periodDays), kind, direction));
		}
		return rows;
	}

	/**
	 * A mutual call every {@code periodDays} for {@code years} years, the last one on
	 * {@code last}.
	 */
	static List<ScoredInteraction> callsEvery(int periodDays, int years, LocalDate last) {
		return every(periodDays, years * 365 / periodDays, InteractionKind.CALL, Direction.MUTUAL, last);
	}

	/**
	 * A random past or planned interaction within {@code spanDays} before {@code today},
	 * a few ahead.
	 */
	static ScoredInteraction random(Random random, LocalDate today, int spanDays) {
		LocalDate day = today.minusDays(random.nextInt(spanDays)).plusDays(random.nextInt(10) < 1 ? 30 : 0);
		InteractionKind kind = InteractionKind.values()[random.nextInt(InteractionKind.values().length)];
		Direction direction = Direction.values()[random.nextInt(Direction.values().length)];
		return new ScoredInteraction(day, kind, direction);
	}

	/**
	 * Up to {@code maxRows} random rows; rows often share a day so damping is exercised.
	 */
	static List<ScoredInteraction> randomHistory(Random random, LocalDate today, int maxRows) {
		int spanDays = 1 + random.nextInt(1500);
		List<ScoredInteraction> rows = new ArrayList<>();
		int count = random.nextInt(maxRows + 1);
		for (int i = 0; i < count; i++) {
			boolean sameDayAsBefore = !rows.isEmpty() && random.nextInt(4) == 0;
			ScoredInteraction row = random(random, today, spanDays);
			rows.add(sameDayAsBefore
					? new ScoredInteraction(rows.get(random.nextInt(rows.size())).day(), row.kind(), row.direction())
					: row);
		}
		return rows;
	}

}
