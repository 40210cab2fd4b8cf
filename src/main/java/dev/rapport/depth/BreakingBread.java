package dev.rapport.depth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.InteractionDay;
import dev.rapport.interaction.InteractionKind;

/**
 * Breaking bread: sitting down together (a meal, a coffee, a meeting in person) does more
 * for a relationship than anything typed. Pure rules with "today" passed in.
 */
public final class BreakingBread {

	/** The yardstick the dashboard shows the counts beside: real conversations a year. */
	public static final int CONVERSATIONS_THAT_MATTER = 100;

	private BreakingBread() {
	}

	/** The latest meal, coffee or in-person meeting on or before today, with its kind. */
	public record LastTime(LocalDate date, InteractionKind kind) {
	}

	/**
	 * The last time the user broke bread with the contact whose rows these are; planned
	 * ones do not count.
	 */
	public static Optional<LastTime> lastBrokeBread(Collection<ContactInteraction> rows, LocalDate today) {
		return rows.stream()
			.filter(row -> row.kind().isBreakingBread() && !row.date().isAfter(today))
			.max(Comparator.comparing(ContactInteraction::date)
				.thenComparing(row -> row.kind(), Comparator.reverseOrder()))
			.map(row -> new LastTime(row.date(), row.kind()));
	}

	/**
	 * Real conversations: in person (meal, coffee, meeting) and live at a distance
	 * (video, call), this week (from Monday), this month (from the 1st) and over the last
	 * 365 days, each interaction once however many took part; planned ones do not count.
	 */
	public record Conversations(int inPersonThisWeek, int inPersonThisMonth, int liveThisWeek, int liveThisMonth,
			int lastYear) {

		public int thisWeek() {
			return this.inPersonThisWeek + this.liveThisWeek;
		}

		public int thisMonth() {
			return this.inPersonThisMonth + this.liveThisMonth;
		}

	}

	/** The first day {@link #conversations} needs rows from. */
	public static LocalDate countingFrom(LocalDate today) {
		LocalDate yearAgo = today.minusDays(364);
		LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate monthStart = today.withDayOfMonth(1);
		return min(yearAgo, min(weekStart, monthStart));
	}

	public static Conversations conversations(Collection<InteractionDay> interactions, LocalDate today) {
		LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate monthStart = today.withDayOfMonth(1);
		LocalDate yearAgo = today.minusDays(364);
		int inPersonWeek = 0;
		int inPersonMonth = 0;
		int liveWeek = 0;
		int liveMonth = 0;
		int lastYear = 0;
		for (InteractionDay interaction : interactions) {
			LocalDate day = interaction.date();
			if (!interaction.kind().isLive() || day.isAfter(today)) {
				continue;
			}
			boolean inPerson = interaction.kind().isBreakingBread();
			if (!day.isBefore(weekStart)) {
				if (inPerson) {
					inPersonWeek++;
				}
				else {
					liveWeek++;
				}
			}
			if (!day.isBefore(monthStart)) {
				if (inPerson) {
					inPersonMonth++;
				}
				else {
					liveMonth++;
				}
			}
			if (!day.isBefore(yearAgo)) {
				lastYear++;
			}
		}
		return new Conversations(inPersonWeek, inPersonMonth, liveWeek, liveMonth, lastYear);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
