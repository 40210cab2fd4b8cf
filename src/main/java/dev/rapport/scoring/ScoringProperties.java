package dev.rapport.scoring;

import dev.rapport.interaction.InteractionKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.annotation.Validated;

/**
 * Every constant of the scoring specification ({@code docs/scoring.md}), bound from
 * {@code rapport.scoring.*}. The defaults are the specification's numbers; periods are
 * whole days because the specification counts ages in whole days.
 */
@ConfigurationProperties("rapport.scoring")
@Validated
public record ScoringProperties(@Valid @NotNull @DefaultValue Weights weights,
		@Valid @NotNull @DefaultValue Decay decay, @Valid @NotNull @DefaultValue Reciprocity reciprocity,
		@Valid @NotNull @DefaultValue Tenure tenure, @Valid @NotNull @DefaultValue Services services,
		@Valid @NotNull @DefaultValue Scale scale, @Valid @NotNull @DefaultValue Tiers tiers,
		@Valid @NotNull @DefaultValue Explanation explanation, @Valid @NotNull @DefaultValue ThisWeek thisWeek) {

	/**
	 * The specification's constants, bound by the same binder the application uses, so
	 * the defaults live in one place: the {@link DefaultValue} annotations below.
	 */
	public static ScoringProperties defaults() {
		return new Binder(new MapConfigurationPropertySource()).bindOrCreate("rapport.scoring",
				ScoringProperties.class);
	}

	/** How much one interaction of each kind counts; richer channels bond more. */
	public record Weights(@Positive @DefaultValue("10") double meal, @Positive @DefaultValue("8") double coffee,
			@Positive @DefaultValue("7") double meeting, @Positive @DefaultValue("5") double video,
			@Positive @DefaultValue("4") double call, @Positive @DefaultValue("6") double introduction,
			@Positive @DefaultValue("6") double favour, @Positive @DefaultValue("1.5") double message,
			@Positive @DefaultValue("1") double email, @Positive @DefaultValue("0.25") double social) {

		public double of(InteractionKind kind) {
			return switch (kind) {
				case MEAL -> this.meal;
				case COFFEE -> this.coffee;
				case MEETING -> this.meeting;
				case VIDEO -> this.video;
				case CALL -> this.call;
				case INTRODUCTION -> this.introduction;
				case FAVOUR -> this.favour;
				case MESSAGE -> this.message;
				case EMAIL -> this.email;
				case SOCIAL -> this.social;
			};
		}

	}

	/**
	 * Same-day damping and the two recency clocks: the k-th interaction of a day and
	 * bucket counts {@code sameDayDamping^(k-1)}; {@code shortClockShare} is the short
	 * clock's share of the blend.
	 */
	public record Decay(@Positive @DecimalMax("1") @DefaultValue("0.5") double sameDayDamping,
			@Positive @DefaultValue("30") int shortHalfLifeDays, @Positive @DefaultValue("365") int longHalfLifeDays,
			@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5") double shortClockShare) {
	}

	/**
	 * Matched contact counts {@code matchedFactor} per pair, the one-sided excess
	 * {@code excessFactor}.
	 */
	public record Reciprocity(@Positive @DefaultValue("2") double matchedFactor,
			@Positive @DecimalMax("1") @DefaultValue("0.5") double excessFactor) {
	}

	/**
	 * New relationships start at {@code floor} and reach full weight after
	 * {@code rampDays}.
	 */
	public record Tenure(@Positive @DecimalMax("1") @DefaultValue("0.5") double floor,
			@Positive @DefaultValue("180") int rampDays) {
	}

	/** Introductions and favours both ways multiply the score by {@code bonus}. */
	public record Services(@DecimalMin("1") @DefaultValue("1.25") double bonus,
			@Positive @DefaultValue("0.5") double threshold, @Positive @DefaultValue("365") int halfLifeDays) {
	}

	/** Scores are {@code pointsPerDoubling · log2(1 + rate)}, capped at {@code cap}. */
	public record Scale(@Positive @DefaultValue("10") double pointsPerDoubling,
			@Positive @DefaultValue("100") double cap) {
	}

	/**
	 * Tier thresholds on the bond score B, their live-contact windows and natural
	 * cadences.
	 */
	public record Tiers(@Positive @DefaultValue("75") double innerCircleBond,
			@Positive @DefaultValue("50") double closeBond, @Positive @DefaultValue("30") double activeBond,
			@Positive @DefaultValue("60") int innerCircleLiveDays, @Positive @DefaultValue("180") int closeLiveDays,
			@Positive @DefaultValue("548") int dormantAfterDays,
			@Positive @DefaultValue("7") int innerCircleCadenceDays, @Positive @DefaultValue("30") int closeCadenceDays,
			@Positive @DefaultValue("90") int activeCadenceDays,
			@Positive @DefaultValue("365") int acquaintanceCadenceDays) {
	}

	/**
	 * The explanation sentence: what "the last 3 months" and "this year" mean, how many
	 * interaction days make a reciprocity remark fair, and how many points a modifier
	 * must move to be named.
	 */
	public record Explanation(@Positive @DefaultValue("90") int recentDays, @Positive @DefaultValue("365") int yearDays,
			@Positive @DefaultValue("3") int minInteractionDaysForReciprocity,
			@PositiveOrZero @DefaultValue("3") double minModifierPoints) {
	}

	/**
	 * The weekly "This week" list; the cadence constants are used here, the rest by the
	 * list.
	 */
	public record ThisWeek(@Positive @DefaultValue("7") int maxSuggestions,
			@PositiveOrZero @DefaultValue("3") int maxOwedReplies,
			@Positive @DefaultValue("90") int owedReplyWindowDays,
			@Positive @DefaultValue("30") int owedReplyAgeCapDays, @PositiveOrZero @DefaultValue("2") int maxRekindle,
			@Positive @DefaultValue("28") int notNowDays, @Positive @DefaultValue("730") int gapWindowDays,
			@Positive @DefaultValue("10") int maxGaps, @Positive @DefaultValue("1") int minGapDays,
			@Positive @DefaultValue("2") double priorWeight, @Min(1) @DefaultValue("2") int unansweredFrom,
			@Min(1) @DefaultValue("4") int unansweredExcludedFrom,
			@Positive @DecimalMax("1") @DefaultValue("0.5") double unansweredFactor,
			@DecimalMin("1") @DefaultValue("1.25") double gaveBonus, @Positive @DefaultValue("180") int gaveWindowDays,
			@Positive @DefaultValue("3") double overdueLogCap) {
	}

}
