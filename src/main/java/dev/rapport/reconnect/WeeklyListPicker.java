package dev.rapport.reconnect;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

import dev.rapport.interaction.Direction;
import dev.rapport.scoring.ScoreReading;
import dev.rapport.scoring.ScoredInteraction;
import dev.rapport.scoring.Scorer;
import dev.rapport.scoring.ScoringProperties;
import dev.rapport.scoring.Tier;

import org.jspecify.annotations.Nullable;

/**
 * The rules of "This week" ({@code docs/scoring.md}, "This week"): who is suggested, in
 * which bucket, in which order. Pure and without Spring, so every rule is a unit test;
 * the service feeds it one owner's rows and today's scores as the scoring module's read
 * API gives them (never scoring rows a second way), and stores what it picks.
 * Interpretations of the rules are in {@code docs/decisions/0005}.
 */
public final class WeeklyListPicker {

	private final Scorer scorer;

	private final ScoringProperties.ThisWeek rules;

	public WeeklyListPicker(Scorer scorer, ScoringProperties properties) {
		this.scorer = scorer;
		this.rules = properties.thisWeek();
	}

	/**
	 * One contact as the picker sees it.
	 *
	 * @param rows every interaction row of the contact, past and planned: for what only
	 * rows know (the rhythm, who spoke last, the bond on the day of the last contact)
	 * @param knownSince the "known since" date the user entered, or null
	 * @param suggestable false when archived or marked "don't suggest"
	 * @param notNowOn the latest day the user said "not now" for this person, or null
	 * @param reading today's score from the scoring module's read API, the same every
	 * page shows
	 * @param intendedDays the rhythm the user chose for this person, or null to learn it
	 * from the rows
	 */
	public record Candidate(long contactId, List<ScoredInteraction> rows, @Nullable LocalDate knownSince,
			boolean suggestable, @Nullable LocalDate notNowOn, ScoreReading reading, @Nullable Integer intendedDays) {

		public Candidate(long contactId, List<ScoredInteraction> rows, @Nullable LocalDate knownSince,
				boolean suggestable, @Nullable LocalDate notNowOn, ScoreReading reading) {
			this(contactId, rows, knownSince, suggestable, notNowOn, reading, null);
		}

	}

	/**
	 * One suggestion: its bucket, its place on the list (1 = first) and the facts of its
	 * reason.
	 */
	public record Pick(long contactId, SuggestionBucket bucket, int rank, double priority, SuggestionReason reason) {
	}

	/**
	 * At most {@code maxSuggestions} people: owed replies, then keep warm, then rekindle.
	 */
	public List<Pick> pick(Collection<Candidate> candidates, LocalDate today) {
		List<Evaluation> evaluations = new ArrayList<>();
		for (Candidate candidate : candidates) {
			Evaluation evaluation = evaluate(candidate, today);
			if (evaluation != null) {
				evaluations.add(evaluation);
			}
		}
		List<Evaluation> owed = best(evaluations, Evaluation::owedPriority, this.rules.maxOwedReplies(), Set.of());
		List<Evaluation> rekindle = best(evaluations, Evaluation::rekindlePriority, this.rules.maxRekindle(), Set.of());
		int warmSlots = Math.max(0, this.rules.maxSuggestions() - owed.size() - rekindle.size());
		Set<Long> taken = new HashSet<>();
		owed.forEach(evaluation -> taken.add(evaluation.contactId));
		List<Evaluation> warm = best(evaluations, Evaluation::warmPriority, warmSlots, taken);

		List<Pick> picks = new ArrayList<>();
		add(picks, owed, SuggestionBucket.OWED_REPLY, Evaluation::owedPriority, Evaluation::owedReason);
		add(picks, warm, SuggestionBucket.KEEP_WARM, Evaluation::warmPriority, Evaluation::warmReason);
		add(picks, rekindle, SuggestionBucket.REKINDLE, Evaluation::rekindlePriority, Evaluation::rekindleReason);
		return picks;
	}

	private static void add(List<Pick> picks, List<Evaluation> chosen, SuggestionBucket bucket,
			Function<Evaluation, @Nullable Double> priority, Function<Evaluation, @Nullable SuggestionReason> reason) {
		for (Evaluation evaluation : chosen) {
			picks.add(new Pick(evaluation.contactId, bucket, picks.size() + 1, priority.apply(evaluation),
					reason.apply(evaluation)));
		}
	}

	/**
	 * Highest priority first; equal priorities in contact order, so a recompute gives the
	 * same list.
	 */
	private static List<Evaluation> best(List<Evaluation> evaluations, Function<Evaluation, @Nullable Double> priority,
			int limit, Set<Long> taken) {
		return evaluations.stream()
			.filter(evaluation -> priority.apply(evaluation) != null && !taken.contains(evaluation.contactId))
			.sorted(Comparator
				.comparing((Evaluation evaluation) -> priority.apply(evaluation), Comparator.reverseOrder())
				.thenComparingLong(evaluation -> evaluation.contactId))
			.limit(limit)
			.toList();
	}

	private @Nullable Evaluation evaluate(Candidate candidate, LocalDate today) {
		if (!candidate.suggestable() || hiddenByNotNow(candidate.notNowOn(), today)) {
			return null;
		}
		List<ScoredInteraction> past = new ArrayList<>(candidate.rows().size());
		for (ScoredInteraction row : candidate.rows()) {
			if (row.isPlannedOn(today)) {
				return null;
			}
			past.add(row);
		}
		if (past.isEmpty()) {
			return null;
		}
		ScoreReading reading = candidate.reading();
		if (!reading.hasHistory()) {
			return null;
		}
		double bond = reading.bond();
		LocalDate lastDay = past.stream().map(ScoredInteraction::day).max(Comparator.naturalOrder()).orElseThrow();
		long daysSinceLast = ChronoUnit.DAYS.between(lastDay, today);
		Evaluation evaluation = new Evaluation(candidate.contactId());
		if (reading.tier() == Tier.DORMANT) {
			OptionalDouble bondThen = this.scorer.bondOn(past, candidate.knownSince(), lastDay);
			evaluation.rekindlePriority = bondThen.orElse(0);
			evaluation.rekindleReason = new SuggestionReason(SuggestionBucket.REKINDLE, daysSinceLast, 0, false, 0, 0);
			return evaluation;
		}
		owedReply(evaluation, past, bond, daysSinceLast, today);
		keepWarm(evaluation, past, bond, daysSinceLast, today, candidate.intendedDays());
		if (evaluation.warmReason != null) {
			LocalDate textOnlySince = LadderRule.textOnlySince(past, reading.tier(), today);
			if (textOnlySince != null) {
				evaluation.warmReason = evaluation.warmReason.steppingUpSince(textOnlySince);
			}
		}
		return evaluation;
	}

	private boolean hiddenByNotNow(@Nullable LocalDate notNowOn, LocalDate today) {
		return notNowOn != null && ChronoUnit.DAYS.between(notNowOn, today) < this.rules.notNowDays();
	}

	/** Their latest is recent and nothing of mine or ours is dated on or after it. */
	private void owedReply(Evaluation evaluation, List<ScoredInteraction> past, double bond, long daysSinceLast,
			LocalDate today) {
		ScoredInteraction theirs = past.stream()
			.filter(row -> row.direction() == Direction.THEM)
			.max(Comparator.comparing(ScoredInteraction::day).thenComparing(row -> row.kind().isService()))
			.orElse(null);
		if (theirs == null || theirs.ageOn(today) > this.rules.owedReplyWindowDays()) {
			return;
		}
		boolean answered = past.stream()
			.anyMatch(row -> row.direction() != Direction.THEM && !row.day().isBefore(theirs.day()));
		if (answered) {
			return;
		}
		long age = theirs.ageOn(today);
		int cap = this.rules.owedReplyAgeCapDays();
		evaluation.owedPriority = (bond / 100) * (1 + (double) Math.min(age, cap) / cap);
		evaluation.owedReason = new SuggestionReason(SuggestionBucket.OWED_REPLY, daysSinceLast, age,
				theirs.kind().isService(), 0, 0);
	}

	/**
	 * Overdue against the rhythm the user intends when they chose one, else against the
	 * rhythm learned from the history.
	 */
	private void keepWarm(Evaluation evaluation, List<ScoredInteraction> past, double bond, long daysSinceLast,
			LocalDate today, @Nullable Integer intendedDays) {
		double cadenceDays = (intendedDays != null) ? intendedDays : this.scorer.cadenceOf(past, bond, today).days();
		double overdue = daysSinceLast / cadenceDays;
		if (overdue <= 1) {
			return;
		}
		int unanswered = unansweredRun(past);
		if (unanswered >= this.rules.unansweredExcludedFrom()) {
			return;
		}
		double adjustment = 1;
		if (unanswered >= this.rules.unansweredFrom()) {
			adjustment *= this.rules.unansweredFactor();
		}
		if (theyGaveAndIHaveNot(past, today)) {
			adjustment *= this.rules.gaveBonus();
		}
		double overdueFactor = Math.min(this.rules.overdueLogCap(), Math.log(overdue) / Math.log(2));
		evaluation.warmPriority = (bond / 100) * (bond / 100) * overdueFactor * adjustment;
		evaluation.warmReason = new SuggestionReason(SuggestionBucket.KEEP_WARM, daysSinceLast, 0, false, cadenceDays,
				overdue, intendedDays != null, null);
	}

	/**
	 * How many of my latest conversations in a row I started. Introductions and favours
	 * are about giving, not starting, so they neither count nor break the run; on one
	 * day, an answer counts as coming after my message.
	 */
	static int unansweredRun(List<ScoredInteraction> past) {
		List<ScoredInteraction> conversations = past.stream()
			.filter(row -> !row.kind().isService())
			.sorted(Comparator.comparing(ScoredInteraction::day)
				.reversed()
				.thenComparing(row -> row.direction() == Direction.ME))
			.toList();
		int run = 0;
		for (ScoredInteraction row : conversations) {
			if (row.direction() != Direction.ME) {
				break;
			}
			run++;
		}
		return run;
	}

	/**
	 * They gave an introduction or favour lately and I have given none on or after that
	 * day.
	 */
	private boolean theyGaveAndIHaveNot(List<ScoredInteraction> past, LocalDate today) {
		LocalDate received = past.stream()
			.filter(row -> row.kind().isService() && row.direction() != Direction.ME)
			.filter(row -> row.ageOn(today) <= this.rules.gaveWindowDays())
			.map(ScoredInteraction::day)
			.max(Comparator.naturalOrder())
			.orElse(null);
		if (received == null) {
			return false;
		}
		return past.stream()
			.noneMatch(row -> row.kind().isService() && row.direction() != Direction.THEM
					&& !row.day().isBefore(received));
	}

	private static final class Evaluation {

		private final long contactId;

		private @Nullable Double owedPriority;

		private @Nullable SuggestionReason owedReason;

		private @Nullable Double warmPriority;

		private @Nullable SuggestionReason warmReason;

		private @Nullable Double rekindlePriority;

		private @Nullable SuggestionReason rekindleReason;

		Evaluation(long contactId) {
			this.contactId = contactId;
		}

		@Nullable Double owedPriority() {
			return this.owedPriority;
		}

		@Nullable SuggestionReason owedReason() {
			return this.owedReason;
		}

		@Nullable Double warmPriority() {
			return this.warmPriority;
		}

		@Nullable SuggestionReason warmReason() {
			return this.warmReason;
		}

		@Nullable Double rekindlePriority() {
			return this.rekindlePriority;
		}

		@Nullable SuggestionReason rekindleReason() {
			return this.rekindleReason;
		}

	}

}
