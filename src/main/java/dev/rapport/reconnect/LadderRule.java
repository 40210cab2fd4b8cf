package dev.rapport.reconnect;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

import dev.rapport.scoring.ScoredInteraction;
import dev.rapport.scoring.Tier;

import org.jspecify.annotations.Nullable;

/**
 * Stepping up the ladder: a close or active relationship kept alive only by messages,
 * emails and social touches for {@value #TEXT_ONLY_DAYS} days or more deserves a call or
 * a coffee. Richer contact is what keeps a tie (the live-contact cap of the tiers says
 * the same).
 */
public final class LadderRule {

	/** How long contact must have been text only before a step up is suggested. */
	public static final int TEXT_ONLY_DAYS = 90;

	private LadderRule() {
	}

	/**
	 * The first day of the text-only stretch when the rule applies: the tier is close or
	 * active, the latest live contact (meal, coffee, meeting, video, call) is more than
	 * {@value #TEXT_ONLY_DAYS} days ago or never happened, and at least one message,
	 * email or social touch came after it within those days. Introductions and favours
	 * neither count nor break the stretch; planned rows are ignored.
	 * @return the first text touch after the latest live contact, or null when the rule
	 * does not apply
	 */
	public static @Nullable LocalDate textOnlySince(Collection<ScoredInteraction> rows, Tier tier, LocalDate today) {
		if (tier != Tier.CLOSE && tier != Tier.ACTIVE) {
			return null;
		}
		LocalDate lastLive = rows.stream()
			.filter(row -> !row.isPlannedOn(today) && row.kind().isLive())
			.map(ScoredInteraction::day)
			.max(Comparator.naturalOrder())
			.orElse(null);
		if (lastLive != null && !lastLive.isBefore(today.minusDays(TEXT_ONLY_DAYS))) {
			return null;
		}
		boolean recentText = rows.stream()
			.anyMatch(row -> !row.isPlannedOn(today) && row.kind().isTextOnly()
					&& !row.day().isBefore(today.minusDays(TEXT_ONLY_DAYS)));
		if (!recentText) {
			return null;
		}
		return rows.stream()
			.filter(row -> !row.isPlannedOn(today) && row.kind().isTextOnly()
					&& (lastLive == null || row.day().isAfter(lastLive)))
			.map(ScoredInteraction::day)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

}
