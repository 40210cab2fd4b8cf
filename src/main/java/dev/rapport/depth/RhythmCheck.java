package dev.rapport.depth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.rapport.contact.Rhythm;
import dev.rapport.scoring.Tier;

import org.jspecify.annotations.Nullable;

/**
 * Rhythm you intend vs capacity you have. The touches a month the chosen rhythms add up
 * to (promised) are compared with the touches a month actually managed over the last
 * {@value #WINDOW_DAYS} days (achieved: distinct days with someone, any kind, anyone).
 * When the promise is larger, it proposes loosening relationships one step each (weekly
 * to every two weeks, ..., half-yearly to yearly), lowest bond first, never the inner
 * circle unless asked, until the promise fits what was achieved or nobody is left to
 * loosen. Pure: no clock, no Spring.
 */
public final class RhythmCheck {

	/** The period "achieved" looks back on, today included. */
	public static final int WINDOW_DAYS = 90;

	/** A month as the per-month figures count it: 365/12 days. */
	public static final double DAYS_PER_MONTH = 365.0 / 12;

	private RhythmCheck() {
	}

	/**
	 * One contact with an intended rhythm.
	 *
	 * @param bond the bond score B, or null without history (loosened first)
	 */
	public record Intent(long contactId, Rhythm rhythm, @Nullable Double bond, Tier tier) {
	}

	/** One proposed change: from the intended rhythm to the next, looser one. */
	public record Loosen(long contactId, int fromDays, int toDays) {
	}

	/**
	 * @param promisedPerMonth touches a month the intended rhythms add up to
	 * @param achievedPerMonth touches a month managed over the window
	 * @param loosen the proposals, in the order they are made (lowest bond first); empty
	 * when the promise is kept
	 */
	public record Result(double promisedPerMonth, double achievedPerMonth, List<Loosen> loosen) {

		public boolean overPromised() {
			return this.promisedPerMonth > this.achievedPerMonth;
		}

	}

	/**
	 * @param intents the contacts with an intended rhythm
	 * @param touchesInWindow distinct (contact, day) pairs with a past interaction in the
	 * window
	 * @param includeInnerCircle whether inner-circle relationships may be proposed for
	 * loosening
	 */
	public static Result check(Collection<Intent> intents, long touchesInWindow, boolean includeInnerCircle) {
		double promised = intents.stream().mapToDouble(intent -> intent.rhythm().touchesPerMonth()).sum();
		double achieved = touchesInWindow * DAYS_PER_MONTH / WINDOW_DAYS;
		List<Loosen> loosen = new ArrayList<>();
		if (promised > achieved) {
			List<Intent> candidates = intents.stream()
				.filter(intent -> includeInnerCircle || intent.tier() != Tier.INNER_CIRCLE)
				.filter(intent -> intent.rhythm().looser().isPresent())
				.sorted(Comparator.comparingDouble((Intent intent) -> (intent.bond() != null) ? intent.bond() : -1)
					.thenComparingLong(Intent::contactId))
				.toList();
			double remaining = promised;
			for (Intent intent : candidates) {
				if (remaining <= achieved) {
					break;
				}
				Optional<Rhythm> looser = intent.rhythm().looser();
				Rhythm to = looser.orElseThrow();
				loosen.add(new Loosen(intent.contactId(), intent.rhythm().days(), to.days()));
				remaining -= intent.rhythm().touchesPerMonth() - to.touchesPerMonth();
			}
		}
		return new Result(promised, achieved, List.copyOf(loosen));
	}

}
