package dev.rapport.depth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.rapport.scoring.ScoreReading;
import dev.rapport.scoring.ScoredInteraction;
import dev.rapport.scoring.Scorer;
import dev.rapport.scoring.Tier;

import org.jspecify.annotations.Nullable;

/**
 * Small gatherings: {@value #MIN_PEOPLE}–{@value #MAX_PEOPLE} people who are all due for
 * contact and either share a tag or have met together before (took part in the same past
 * interaction). A person is due when the days since their last past interaction exceed
 * their rhythm (the one the user intends, else the learned cadence), they have history,
 * are not dormant, have nothing planned, and may be suggested. Groups are ranked by the
 * sum of their members' {@code (B/100) · min(3, log2(overdue))}; each group keeps its
 * {@value #MAX_PEOPLE} most pressing members. Pure: "today" is passed in.
 */
public final class GatheringPicker {

	public static final int MIN_PEOPLE = 3;

	public static final int MAX_PEOPLE = 6;

	/** How many different gatherings to offer (the first is this week's). */
	public static final int MAX_GATHERINGS = 3;

	private static final double OVERDUE_LOG_CAP = 3;

	private final Scorer scorer;

	public GatheringPicker(Scorer scorer) {
		this.scorer = scorer;
	}

	/**
	 * One contact as the picker sees it.
	 *
	 * @param rows every interaction row of the contact, past and planned
	 * @param intendedDays the rhythm the user chose, or null to learn it
	 */
	public record Person(long contactId, List<ScoredInteraction> rows, @Nullable LocalDate knownSince,
			@Nullable Integer intendedDays, boolean suggestable, List<String> tags) {
	}

	/**
	 * A suggested gathering.
	 *
	 * @param contactIds the people, most pressing first
	 * @param tag the tag they share, or null when they met together before
	 * @param metOn for people who met together before: the day of their latest shared
	 * interaction
	 */
	public record Gathering(List<Long> contactIds, @Nullable String tag, @Nullable LocalDate metOn, double priority) {
	}

	/**
	 * @param pastGroups participants of each past interaction with two or more people
	 * @param pastGroupDays the day of each of those interactions, in the same order
	 */
	public List<Gathering> pick(Collection<Person> people, List<Set<Long>> pastGroups, List<LocalDate> pastGroupDays,
			LocalDate today) {
		Map<Long, Double> due = new HashMap<>();
		Map<String, List<Long>> byTag = new TreeMap<>();
		Map<String, String> tagNames = new HashMap<>();
		for (Person person : people) {
			Double weight = dueWeight(person, today);
			if (weight == null) {
				continue;
			}
			due.put(person.contactId(), weight);
			for (String tag : person.tags()) {
				String key = tag.toLowerCase(Locale.ROOT);
				tagNames.putIfAbsent(key, tag);
				byTag.computeIfAbsent(key, k -> new ArrayList<>()).add(person.contactId());
			}
		}
		Comparator<Long> mostPressing = Comparator.comparingDouble((Long id) -> due.get(id))
			.reversed()
			.thenComparingLong(id -> id);
		List<Gathering> groups = new ArrayList<>();
		byTag.forEach((key, members) -> {
			if (members.size() >= MIN_PEOPLE) {
				groups.add(group(members, mostPressing, due, tagNames.get(key), null));
			}
		});
		for (int i = 0; i < pastGroups.size(); i++) {
			List<Long> members = pastGroups.get(i).stream().filter(due::containsKey).toList();
			if (members.size() >= MIN_PEOPLE) {
				groups.add(group(members, mostPressing, due, null, pastGroupDays.get(i)));
			}
		}
		List<Gathering> distinct = new ArrayList<>();
		Set<Set<Long>> seen = new HashSet<>();
		groups.stream()
			.sorted(Comparator.comparingDouble(Gathering::priority)
				.reversed()
				.thenComparing(gathering -> gathering.tag() == null)
				.thenComparing(gathering -> gathering.metOn(), Comparator.nullsFirst(Comparator.reverseOrder()))
				.thenComparing(gathering -> gathering.contactIds().toString()))
			.forEach(gathering -> {
				if (distinct.size() < MAX_GATHERINGS && seen.add(new LinkedHashSet<>(gathering.contactIds()))) {
					distinct.add(gathering);
				}
			});
		return distinct;
	}

	private static Gathering group(List<Long> members, Comparator<Long> mostPressing, Map<Long, Double> due,
			@Nullable String tag, @Nullable LocalDate metOn) {
		List<Long> chosen = members.stream().sorted(mostPressing).limit(MAX_PEOPLE).toList();
		double priority = chosen.stream().mapToDouble(due::get).sum();
		return new Gathering(chosen, tag, metOn, priority);
	}

	/** {@code (B/100)·min(3, log2 o)} when the person is due, else null. */
	@Nullable Double dueWeight(Person person, LocalDate today) {
		if (!person.suggestable()) {
			return null;
		}
		List<ScoredInteraction> past = new ArrayList<>();
		for (ScoredInteraction row : person.rows()) {
			if (row.isPlannedOn(today)) {
				return null;
			}
			past.add(row);
		}
		if (past.isEmpty()) {
			return null;
		}
		ScoreReading reading = this.scorer.readingOn(past, person.knownSince(), today);
		if (!reading.hasHistory() || reading.tier() == Tier.DORMANT) {
			return null;
		}
		LocalDate last = past.stream().map(ScoredInteraction::day).max(Comparator.naturalOrder()).orElseThrow();
		double rhythm = (person.intendedDays() != null) ? person.intendedDays()
				: this.scorer.cadenceOf(past, reading.bond(), today).days();
		double overdue = ChronoUnit.DAYS.between(last, today) / rhythm;
		if (overdue <= 1) {
			return null;
		}
		return (reading.bond() / 100) * Math.min(OVERDUE_LOG_CAP, Math.log(overdue) / Math.log(2));
	}

}
