package dev.rapport.scoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.rapport.contact.ContactService;
import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.InteractionService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores of one owner's relationships, as of the owner's today. Contacts without a past
 * interaction have no score: they are absent from {@link #readingsOf} and read as no history.
 */
@Service
@Transactional(readOnly = true)
public class ScoringService {

	private final Scorer scorer;

	private final ExplanationWriter explanations;

	private final InteractionService interactions;

	private final ContactService contacts;

	ScoringService(Scorer scorer, ExplanationWriter explanations, InteractionService interactions,
			ContactService contacts) {
		this.scorer = scorer;
		this.explanations = explanations;
		this.interactions = interactions;
		this.contacts = contacts;
	}

	/** The full score of one contact, with the facts its explanation sentence needs. */
	public RelationshipScore scoreOf(long ownerId, long contactId, LocalDate today) {
		List<ScoredInteraction> rows = this.interactions.rowsOf(ownerId, List.of(contactId))
			.stream()
			.map(ScoringService::scored)
			.toList();
		return this.scorer.score(rows, this.contacts.knownSinceDates(ownerId).get(contactId), today);
	}

	/** S, B and tier of every contact of the owner that has history, by contact id. */
	public Map<Long, ScoreReading> readingsOf(long ownerId, LocalDate today) {
		Map<Long, LocalDate> knownSince = this.contacts.knownSinceDates(ownerId);
		Map<Long, List<ScoredInteraction>> rowsByContact = this.interactions.allRowsOf(ownerId)
			.stream()
			.collect(Collectors.groupingBy(ContactInteraction::contactId,
					Collectors.mapping(ScoringService::scored, Collectors.toList())));
		Map<Long, ScoreReading> readings = new HashMap<>();
		rowsByContact.forEach((contactId, rows) -> {
			ScoreReading reading = this.scorer.readingOn(rows, knownSince.get(contactId), today);
			if (reading.hasHistory()) {
				readings.put(contactId, reading);
			}
		});
		return readings;
	}

	/** "Ana · Close · 73: a meal 3 days ago, ...; two-way and steady." */
	public String explain(String name, RelationshipScore score) {
		return this.explanations.sentence(name, score);
	}

	private static ScoredInteraction scored(ContactInteraction row) {
		return new ScoredInteraction(row.date(), row.kind(), row.direction());
	}

}
