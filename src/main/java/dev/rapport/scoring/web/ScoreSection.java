package dev.rapport.scoring.web;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactPageSection;
import dev.rapport.scoring.RelationshipScore;
import dev.rapport.scoring.ScoreFacts;
import dev.rapport.scoring.ScoringService;
import dev.rapport.scoring.Tier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The top of the contact page: depth score, tier, the explanation sentence, the year's
 * give and take and a chart of the score over the last twelve months. The sentence is
 * said in the request's locale from the scoring bundle.
 */
@Component
class ScoreSection implements ContactPageSection {

	static final int CHART_WEEKS = 52;

	private final ScoringService scoring;

	private final MessageSource messages;

	ScoreSection(ScoringService scoring, MessageSource messages) {
		this.scoring = scoring;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public View render(Owner owner, long contactId) {
		LocalDate today = owner.today();
		ScoringService.ContactScore contactScore = this.scoring.contactScoreOf(owner.id(), contactId, today,
				CHART_WEEKS);
		RelationshipScore score = contactScore.score();
		ScoreFacts facts = score.facts();
		if (facts == null) {
			return new View("scoring/section", ScoreCard.noHistory(contactId));
		}
		return new View("scoring/section",
				new ScoreCard(contactId, true, score.tier().name(), score.tier().messageKey(),
						(int) Math.round(score.depth()),
						this.messages.getMessage(this.scoring.explain(score), LocaleContextHolder.getLocale()),
						facts.startedByMe(), facts.startedByThem(), ScoreChart.of(contactScore.history())));
	}

	/**
	 * What the section shows; without history only {@code contactId} and
	 * {@code hasHistory} mean anything.
	 */
	record ScoreCard(long contactId, boolean hasHistory, String tier, String tierLabelKey, int score, String sentence,
			int startedByMe, int startedByThem, ScoreChart chart) {

		static ScoreCard noHistory(long contactId) {
			return new ScoreCard(contactId, false, Tier.NO_HISTORY.name(), Tier.NO_HISTORY.messageKey(), 0, "", 0, 0,
					ScoreChart.of(List.of()));
		}

	}

}
