package dev.rapport.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Picks the explanation's modifier: dormancy first, then the live-contact cap, else
 * whichever of reciprocity, tenure and services moves S the most (by at least the
 * configured points), else "steady". Effects are measured by recomputing S with that part
 * neutralised.
 */
final class ModifierRule {

	private final ScoringProperties.Explanation explanation;

	private final DepthFormula formula;

	private final TierRule tierRule;

	ModifierRule(ScoringProperties properties, DepthFormula formula, TierRule tierRule) {
		this.explanation = properties.explanation();
		this.formula = formula;
		this.tierRule = tierRule;
	}

	Modifier of(ScoreState state, ScoreReading reading, LocalDate today, int interactionDays, int startedByMe,
			int startedByThem) {
		double depth = Objects.requireNonNull(reading.depth());
		double bond = Objects.requireNonNull(reading.bond());
		if (reading.tier() == Tier.DORMANT) {
			return new Modifier.Dormant(ChronoUnit.DAYS.between(Objects.requireNonNull(state.lastDay()), today));
		}
		if (this.tierRule.bandOf(bond).compareTo(reading.tier()) < 0) {
			return new Modifier.LiveContactCap(reading.tier(), this.tierRule.liveWindowAbove(reading.tier()));
		}
		DecayedSums sums = state.sumsOn(today);
		long knownDays = state.knownDaysOn(today);
		List<Effect> effects = new ArrayList<>();
		if (interactionDays >= this.explanation.minInteractionDaysForReciprocity()) {
			double points = depth - depthWithout(DepthFormula.Neutralised.RECIPROCITY, sums, knownDays);
			effects.add(new Effect(new Modifier.OneSided(startedByMe, startedByThem, points), points));
		}
		double tenurePoints = depth - depthWithout(DepthFormula.Neutralised.TENURE, sums, knownDays);
		effects.add(new Effect(new Modifier.StillNew(knownDays, tenurePoints), tenurePoints));
		double servicesPoints = depth - depthWithout(DepthFormula.Neutralised.SERVICES, sums, knownDays);
		effects.add(new Effect(new Modifier.HelpingEachOther(servicesPoints), servicesPoints));
		return effects.stream()
			.filter(effect -> Math.abs(effect.points()) >= this.explanation.minModifierPoints())
			.max(Comparator.comparingDouble(effect -> Math.abs(effect.points())))
			.map(Effect::modifier)
			.orElseGet(Modifier.Steady::new);
	}

	private double depthWithout(DepthFormula.Neutralised part, DecayedSums sums, long knownDays) {
		return this.formula.scoresOf(sums, knownDays, part).depth();
	}

	private record Effect(Modifier modifier, double points) {
	}

}
