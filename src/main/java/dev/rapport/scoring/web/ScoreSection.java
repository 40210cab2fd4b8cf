package dev.rapport.scoring.web;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactPageSection;
import dev.rapport.scoring.RelationshipScore;
import dev.rapport.scoring.ScoreFacts;
import dev.rapport.scoring.ScoringService;
import dev.rapport.scoring.Tier;

import org.springframework.stereotype.Component;

/**
 * The top of the contact page: depth score, tier, the explanation sentence, the year's
 * give and take and a chart of the score over the last twelve months.
 */
@Component
class ScoreSection implements ContactPageSection {

	static final int CHART_WEEKS = 52;

	private final ScoringService scoring;

	ScoreSection(ScoringService scoring) {
		this.scoring = scoring;
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
				new ScoreCard(contactId, true, score.tier().name(), "tier." + score.tier().name(),
						(int) Math.round(score.depth()), this.scoring.explain(score), facts.startedByMe(),
						facts.startedByThem(), ScoreChart.of(contactScore.history())));
	}

	/**
	 * What the section shows; without history only {@code contactId} and
	 * {@code hasHistory} mean anything.
	 */
	record ScoreCard(long contactId, boolean hasHistory, String tier, String tierLabelKey, int score, String sentence,
			int startedByMe, int startedByThem, ScoreChart chart) {

		static ScoreCard noHistory(long contactId) {
			return new ScoreCard(contactId, false, Tier.NO_HISTORY.name(), "tier." + Tier.NO_HISTORY.name(), 0, "", 0,
					0, ScoreChart.of(List.of()));
		}

	}

}
