package dev.rapport.scoring;

import dev.rapport.interaction.InteractionKind;
import dev.rapport.shared.Durations;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Builds a score's one-sentence explanation as a message of the scoring bundle
 * ({@code score.explanation.*}, {@code score.modifier.*}) with its facts as arguments,
 * for the page or API to say in its locale: {@code <richest interaction and
 * when>, <n contacts in the last 3 months> (<how many in person or on a call>); <modifier>.}
 * Pages show it beside the person's name, tier and score, so it repeats none of them. The
 * words describe and invite; they never blame either side. No English is written here:
 * every word is in the bundle, gaps are said by {@link Durations}.
 */
public final class ExplanationWriter {

	private final ScoringProperties.Explanation explanation;

	public ExplanationWriter(ScoringProperties properties) {
		this.explanation = properties.explanation();
	}

	public MessageSourceResolvable sentence(RelationshipScore score) {
		ScoreFacts facts = score.facts();
		if (facts == null) {
			return message("score.explanation.noHistory");
		}
		MessageSourceResolvable richest = message(richestKey(facts.richest().kind()),
				Durations.ago(facts.richest().ageOn(score.asOf())));
		return message("score.explanation", richest, recent(facts.recentContacts(), facts.recentLiveContacts()),
				clauseOf(facts.modifier()));
	}

	/** The message key of "A meal ...", "An email ...": one per kind. */
	public static String richestKey(InteractionKind kind) {
		return "score.explanation.richest." + kind.name();
	}

	/**
	 * "14 contacts in the last 3 months", with how many of them were "live" (met in
	 * person or on a call), said without the jargon.
	 */
	private MessageSourceResolvable recent(long contacts, long live) {
		MessageSourceResolvable window = Durations.spoken(this.explanation.recentDays());
		if (contacts == 0) {
			return message("score.explanation.recent", contacts, window);
		}
		if (live == contacts) {
			return message("score.explanation.recent.allLive", contacts, window);
		}
		if (live == 0) {
			return message("score.explanation.recent.noneLive", contacts, window);
		}
		return message("score.explanation.recent.someLive", contacts, window, live);
	}

	private static MessageSourceResolvable clauseOf(Modifier modifier) {
		if (modifier instanceof Modifier.Dormant dormant) {
			return message("score.modifier.dormant", Durations.spoken(dormant.silentDays()));
		}
		if (modifier instanceof Modifier.LiveContactCap cap) {
			return message("score.modifier.liveContactCap", message(tierInSentenceKey(cap.cappedAt())),
					Durations.spoken(cap.windowDays()));
		}
		if (modifier instanceof Modifier.OneSided oneSided) {
			return message("score.modifier.oneSided", oneSided.startedByMe(), oneSided.startedByThem(),
					points(oneSided.points()));
		}
		if (modifier instanceof Modifier.StillNew stillNew) {
			return message("score.modifier.stillNew", Durations.spoken(stillNew.knownDays()),
					points(stillNew.points()));
		}
		if (modifier instanceof Modifier.HelpingEachOther helping) {
			return message("score.modifier.helpingEachOther", points(helping.points()));
		}
		return message("score.modifier.steady");
	}

	/** The message key of a tier's name inside a sentence ("above close"). */
	public static String tierInSentenceKey(Tier tier) {
		return "tier.inSentence." + tier.name();
	}

	/**
	 * "9 points less", "3 points more": the exact effect, rounded like the score it
	 * explains.
	 */
	private static MessageSourceResolvable points(double points) {
		long rounded = Math.round(points);
		return message((rounded < 0) ? "score.points.less" : "score.points.more", Math.abs(rounded));
	}

	private static MessageSourceResolvable message(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

}
