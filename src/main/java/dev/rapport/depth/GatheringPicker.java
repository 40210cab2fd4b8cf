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
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.scoring.ScoreReading;
import dev.rapport.scoring.ScoredInteraction;
import dev.rapport.scoring.Scorer;
import dev.rapport.scoring.ScoringProperties;
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

	private final int gapWindowDays;

	public GatheringPicker(Scorer scorer, ScoringProperties properties) {
		this.scorer = scorer;
		this.gapWindowDays = properties.thisWeek().gapWindowDays();
	}

	/**
	 * One contact as the picker sees it: what the database aggregates and the stored
	 * scores say, never the contact's whole history.
	 *
	 * @param reading S, B and the tier today, from the stored score state
	 * @param lastPastDay the day of the latest interaction on or before today, or null
	 * @param planned whether an interaction is planned after today
	 * @param intendedDays the rhythm the user chose, or null to learn it
	 * @param recentDays the distinct days with an interaction within the cadence's gap
	 * window ({@link #gapWindowStart}), ascending; only read when {@code intendedDays} is
	 * null
	 */
	public record Person(long contactId, ScoreReading reading, @Nullable LocalDate lastPastDay, boolean planned,
			@Nullable Integer intendedDays, List<LocalDate> recentDays, boolean suggestable, List<String> tags) {

		/** The same person with the days the learned rhythm is read from. */
		Person withRecentDays(List<LocalDate> days) {
			return new Person(this.contactId, this.reading, this.lastPastDay, this.planned, this.intendedDays, days,
					this.suggestable, this.tags);
		}

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
		Map<Long, List<String>> tags = new HashMap<>();
		for (Person person : people) {
			Double weight = dueWeight(person, today);
			if (weight != null) {
				due.put(person.contactId(), weight);
				tags.put(person.contactId(), person.tags());
			}
		}
		return pick(due, tags, pastGroups, pastGroupDays);
	}

	/**
	 * @param due the weight of each person who is due ({@link #dueWeight}), by contact id
	 * @param tags the tags of (at least) those people, by contact id
	 * @param pastGroups participants of each past interaction with two or more people
	 * @param pastGroupDays the day of each of those interactions, in the same order
	 */
	public List<Gathering> pick(Map<Long, Double> due, Map<Long, List<String>> tags, List<Set<Long>> pastGroups,
			List<LocalDate> pastGroupDays) {
		Map<String, List<Long>> byTag = new TreeMap<>();
		Map<String, String> tagNames = new HashMap<>();
		// In contact order, so the spelling a tag is shown in does not depend on a hash
		// map's order.
		for (Long id : new TreeSet<>(due.keySet())) {
			for (String tag : tags.getOrDefault(id, List.of())) {
				String key = tag.toLowerCase(Locale.ROOT);
				tagNames.putIfAbsent(key, tag);
				byTag.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
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

	/**
	 * Whether the person can be due at all, before their rhythm is known: suggestable,
	 * nothing planned, a past interaction, a score that is not dormant.
	 */
	boolean mayBeDue(Person person) {
		return person.suggestable() && !person.planned() && person.lastPastDay() != null
				&& person.reading().hasHistory() && person.reading().tier() != Tier.DORMANT;
	}

	/**
	 * The first day of the window the learned rhythm reads its days from (as
	 * {@link Scorer#cadenceOf} does).
	 */
	public LocalDate gapWindowStart(LocalDate today) {
		return today.minusDays(this.gapWindowDays);
	}

	/** {@code (B/100)·min(3, log2 o)} when the person is due, else null. */
	@Nullable Double dueWeight(Person person, LocalDate today) {
		if (!mayBeDue(person)) {
			return null;
		}
		double bond = Objects.requireNonNull(person.reading().bond());
		double rhythm = (person.intendedDays() != null) ? person.intendedDays()
				: this.scorer.cadenceOf(daysAsRows(person.recentDays()), bond, today).days();
		double overdue = ChronoUnit.DAYS.between(Objects.requireNonNull(person.lastPastDay()), today) / rhythm;
		if (overdue <= 1) {
			return null;
		}
		return (bond / 100) * Math.min(OVERDUE_LOG_CAP, Math.log(overdue) / Math.log(2));
	}

	/**
	 * The learned rhythm reads only the days of the past interactions (their gaps), so
	 * any kind and direction stands in for the rows.
	 */
	private static List<ScoredInteraction> daysAsRows(List<LocalDate> days) {
		return days.stream().map(day -> new ScoredInteraction(day, InteractionKind.CALL, Direction.MUTUAL)).toList();
	}

}
