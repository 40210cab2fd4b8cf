package dev.rapport.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * The tier table: B picks a band, recent live contact confirms it, long silence overrides
 * it.
 */
final class TierRule {

	private final ScoringProperties.Tiers tiers;

	TierRule(ScoringProperties properties) {
		this.tiers = properties.tiers();
	}

	Tier tierOf(double bond, LocalDate lastDay, @Nullable LocalDate lastLiveDay, LocalDate today) {
		if (ChronoUnit.DAYS.between(lastDay, today) > this.tiers.dormantAfterDays()) {
			return Tier.DORMANT;
		}
		Tier band = bandOf(bond);
		if (band == Tier.INNER_CIRCLE && isWithin(lastLiveDay, this.tiers.innerCircleLiveDays(), today)) {
			return Tier.INNER_CIRCLE;
		}
		if (band.compareTo(Tier.CLOSE) <= 0 && isWithin(lastLiveDay, this.tiers.closeLiveDays(), today)) {
			return Tier.CLOSE;
		}
		return (band.compareTo(Tier.ACTIVE) <= 0) ? Tier.ACTIVE : Tier.ACQUAINTANCE;
	}

	/** The tier B alone would give, before the live-contact rule and dormancy. */
	Tier bandOf(double bond) {
		if (bond >= this.tiers.innerCircleBond()) {
			return Tier.INNER_CIRCLE;
		}
		if (bond >= this.tiers.closeBond()) {
			return Tier.CLOSE;
		}
		return (bond >= this.tiers.activeBond()) ? Tier.ACTIVE : Tier.ACQUAINTANCE;
	}

	/** The natural cadence (the prior of "This week") of B's band. */
	int cadenceDaysOf(double bond) {
		return switch (bandOf(bond)) {
			case INNER_CIRCLE -> this.tiers.innerCircleCadenceDays();
			case CLOSE -> this.tiers.closeCadenceDays();
			case ACTIVE -> this.tiers.activeCadenceDays();
			default -> this.tiers.acquaintanceCadenceDays();
		};
	}

	/**
	 * The live-contact window that keeps a relationship in the tier above
	 * {@code cappedAt}.
	 */
	int liveWindowAbove(Tier cappedAt) {
		return (cappedAt == Tier.CLOSE) ? this.tiers.innerCircleLiveDays() : this.tiers.closeLiveDays();
	}

	private static boolean isWithin(@Nullable LocalDate day, int days, LocalDate today) {
		return day != null && ChronoUnit.DAYS.between(day, today) <= days;
	}

}
