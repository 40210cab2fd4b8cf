package dev.rapport.scoring;

import java.util.Locale;

import dev.rapport.interaction.InteractionKind;

/**
 * Writes a score's one-sentence explanation, in plain words:
 * {@code <richest interaction and
 * when>, <n contacts in the last 3 months> (<how many in person or on a call>); <modifier>.}
 * Pages show it beside the person's name, tier and score, so it repeats none of them. The
 * words describe and invite; they never blame either side.
 */
public final class ExplanationWriter {

	private final ScoringProperties.Explanation explanation;

	public ExplanationWriter(ScoringProperties properties) {
		this.explanation = properties.explanation();
	}

	public String sentence(RelationshipScore score) {
		ScoreFacts facts = score.facts();
		if (facts == null) {
			return "No history yet: log a first interaction to see how this relationship is going.";
		}
		String richest = nounOf(facts.richest().kind()) + " " + Humanised.ago(facts.richest().ageOn(score.asOf()));
		String recent = Humanised.count(facts.recentContacts(), "contact") + " in the last "
				+ Humanised.duration(this.explanation.recentDays())
				+ inPerson(facts.recentContacts(), facts.recentLiveContacts());
		return capitalised(richest) + ", " + recent + "; " + clauseOf(facts.modifier()) + ".";
	}

	/**
	 * How many of the recent contacts were "live" (met in person or on a call), said
	 * without the jargon.
	 */
	private static String inPerson(long contacts, long live) {
		if (contacts == 0) {
			return "";
		}
		if (live == contacts) {
			return (contacts == 1) ? " (in person or on a call)" : " (all in person or on a call)";
		}
		if (live == 0) {
			return (contacts == 1) ? " (not in person or on a call)" : " (none in person or on a call)";
		}
		return " (" + live + " in person or on a call)";
	}

	private static String clauseOf(Modifier modifier) {
		if (modifier instanceof Modifier.Dormant dormant) {
			return "no contact for " + Humanised.duration(dormant.silentDays());
		}
		if (modifier instanceof Modifier.LiveContactCap cap) {
			return "a call or a meeting would lift it above " + cap.cappedAt().label().toLowerCase(Locale.ROOT)
					+ " (none in the last " + Humanised.duration(cap.windowDays()) + ")";
		}
		if (modifier instanceof Modifier.OneSided oneSided) {
			return "this year you got in touch " + Humanised.count(oneSided.startedByMe(), "time") + " and they "
					+ Humanised.count(oneSided.startedByThem(), "time") + " (" + points(oneSided.points()) + ")";
		}
		if (modifier instanceof Modifier.StillNew stillNew) {
			return "you have known each other " + Humanised.duration(stillNew.knownDays()) + ", so it is still new ("
					+ points(stillNew.points()) + ")";
		}
		if (modifier instanceof Modifier.HelpingEachOther helping) {
			return "you've helped each other this year (" + points(helping.points()) + ")";
		}
		return "two-way and steady";
	}

	/**
	 * "9 points less", "3 points more": the exact effect, rounded like the score it
	 * explains.
	 */
	private static String points(double points) {
		long rounded = Math.round(points);
		String unit = (Math.abs(rounded) == 1) ? " point" : " points";
		return Math.abs(rounded) + unit + ((rounded < 0) ? " less" : " more");
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
