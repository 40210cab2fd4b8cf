package dev.rapport.scoring;

import java.util.Locale;
import java.util.Objects;

import dev.rapport.interaction.InteractionKind;

/**
 * Writes a score's one-sentence explanation in the shape of {@code docs/scoring.md}:
 * {@code <Name> · <Tier> · <S>: <richest interaction and when>, <n contacts in the last 3 months
 * (k live)>; <modifier>.} The words describe and invite; they never blame either side.
 */
public final class ExplanationWriter {

	private final ScoringProperties.Explanation explanation;

	public ExplanationWriter(ScoringProperties properties) {
		this.explanation = properties.explanation();
	}

	public String sentence(String name, RelationshipScore score) {
		ScoreFacts facts = score.facts();
		if (facts == null) {
			return name + " · " + Tier.NO_HISTORY.label() + ": log a first interaction to see a score.";
		}
		long shownDepth = Math.round(Objects.requireNonNull(score.depth()));
		String richest = nounOf(facts.richest().kind()) + " " + Humanised.ago(facts.richest().ageOn(score.asOf()));
		String recent = Humanised.count(facts.recentContacts(), "contact") + " in the last "
				+ Humanised.duration(this.explanation.recentDays()) + " (" + facts.recentLiveContacts() + " live)";
		return name + " · " + score.tier().label() + " · " + shownDepth + ": " + richest + ", " + recent + "; "
				+ clauseOf(facts.modifier()) + ".";
	}

	private static String clauseOf(Modifier modifier) {
		if (modifier instanceof Modifier.Dormant dormant) {
			return "no contact for " + Humanised.duration(dormant.silentDays()) + ", so dormant";
		}
		if (modifier instanceof Modifier.LiveContactCap cap) {
			return "no call or meeting in the last " + Humanised.duration(cap.windowDays()) + ", so capped at "
					+ cap.cappedAt().label().toLowerCase(Locale.ROOT);
		}
		if (modifier instanceof Modifier.OneSided oneSided) {
			return "one-sided: this year you started " + oneSided.startedByMe() + ", they started "
					+ oneSided.startedByThem() + " (" + points(oneSided.points()) + ")";
		}
		if (modifier instanceof Modifier.StillNew stillNew) {
			return "still new, known " + Humanised.duration(stillNew.knownDays()) + " (" + points(stillNew.points())
					+ ")";
		}
		if (modifier instanceof Modifier.HelpingEachOther helping) {
			return "you've helped each other this year (" + points(helping.points()) + ")";
		}
		return "two-way and steady";
	}

	/** "-9 pts", "+3 pts": the exact effect, rounded like the score it explains. */
	private static String points(double points) {
		long rounded = Math.round(points);
		String sign = (rounded > 0) ? "+" : "";
		return sign + rounded + ((Math.abs(rounded) == 1) ? " pt" : " pts");
	}

	private static String nounOf(InteractionKind kind) {
		return switch (kind) {
			case MEAL -> "a meal";
			case COFFEE -> "a coffee";
			case MEETING -> "a meeting";
			case VIDEO -> "a video call";
			case CALL -> "a call";
			case MESSAGE -> "a message";
			case EMAIL -> "an email";
			case SOCIAL -> "a social touch";
			case INTRODUCTION -> "an introduction";
			case FAVOUR -> "a favour";
		};
	}

}
