package dev.rapport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.rapport.demo.SampleDataset.Meeting;
import dev.rapport.demo.SampleDataset.Person;
import dev.rapport.demo.SampleDataset.Shape;
import dev.rapport.demo.SampleDataset.Task;
import dev.rapport.followup.Side;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;

/**
 * A realistic, deterministic network: the same seed, size and day give the same people
 * and history. Shapes follow Dunbar's layers (a few close people, more acquaintances,
 * many plain connections); every kind and direction occurs, with planned interactions,
 * owed replies and follow-ups, so every part of the app has something to show. Pure,
 * without Spring.
 */
public final class SampleDataGenerator {

	/** About a year and a half of history for live relationships. */
	static final int HISTORY_DAYS = 548;

	private static final String[] FIRST_NAMES = { "Ana", "Bruno", "Chloe", "Dev", "Elif", "Farid", "Greta", "Hiro",
			"Ines", "Jonas", "Kemi", "Liam", "Maya", "Nikos", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tara", "Umar",
			"Vera", "Wen", "Ximena", "Yusuf", "Zoe", "Aiko", "Ben", "Carmen", "Dario", "Emma", "Felix", "Gabi", "Hana",
			"Ivan", "Julia", "Kofi", "Lena", "Marco", "Nadia", "Omar", "Priya", "Rafael", "Sofia", "Tomas", "Uma",
			"Viktor", "Willa", "Yara", "Zeno" };

	private static final String[] LAST_NAMES = { "Lima", "Costa", "Martin", "Patel", "Yilmaz", "Haddad", "Berg",
			"Tanaka", "Silva", "Weber", "Adeyemi", "Murphy", "Cohen", "Pappas", "Ivanova", "Ruiz", "Baker", "Moreau",
			"Nieminen", "Shah", "Khan", "Novak", "Zhang", "Flores", "Demir", "Fischer", "Sato", "Okafor", "Rossi",
			"Jensen" };

	private static final String[] COMPANIES = { "Kestrel Labs", "Northwind", "Blue Harbor", "Acme Studio",
			"Fernhill School", "Orbit Health", "Lighthouse Ventures", "Copperleaf", "Tidewater Press", "Quarry & Co" };

	private static final String[] POSITIONS = { "Engineer", "Designer", "Founder", "Teacher", "Product manager",
			"Researcher", "Writer", "Consultant", "Doctor", "Recruiter" };

	private static final InteractionKind[] LIVE = { InteractionKind.COFFEE, InteractionKind.CALL, InteractionKind.MEAL,
			InteractionKind.VIDEO, InteractionKind.MEETING };

	private static final InteractionKind[] LIGHT = { InteractionKind.MESSAGE, InteractionKind.EMAIL,
			InteractionKind.SOCIAL };

	private static final String[] SUMMARIES = { "Caught up on the new job", "Talked about the move",
			"Swapped book recommendations", "Planned the trip", "Birthday wishes", "Advice on a hard decision",
			"Shared photos from the weekend", "Talked shop", null, null };

	/** The sample a new user can load: about sixty people. */
	public static final int SAMPLE_PEOPLE = 60;

	private final long seed;

	public SampleDataGenerator(long seed) {
		this.seed = seed;
	}

	/**
	 * @param people how many people
	 * @param minimumInteractions extra interactions are spread over the live
	 * relationships until there are at least this many (0 for the natural amount: about
	 * 13 per person)
	 * @param today the owner's today; history goes back from it, planned interactions
	 * forward
	 */
	public SampleDataset generate(int people, int minimumInteractions, LocalDate today) {
		Random random = new Random(this.seed);
		List<Person> persons = new ArrayList<>(people);
		List<Meeting> meetings = new ArrayList<>();
		List<Task> tasks = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			Shape shape = shapeOf(i, people);
			String first = FIRST_NAMES[i % FIRST_NAMES.length];
			String last = LAST_NAMES[(i / FIRST_NAMES.length + i * 7) % LAST_NAMES.length];
			if (i >= FIRST_NAMES.length * LAST_NAMES.length) {
				last = last + " " + (i / (FIRST_NAMES.length * LAST_NAMES.length) + 1);
			}
			LocalDate connectedOn = (shape == Shape.CONNECTION_ONLY || random.nextInt(4) == 0)
					? today.minusDays(200 + random.nextInt(2500)) : null;
			persons.add(new Person(first, last, COMPANIES[random.nextInt(COMPANIES.length)],
					POSITIONS[random.nextInt(POSITIONS.length)], tagsOf(shape), shape, connectedOn));
			history(i, shape, today, random, meetings);
		}
		topUp(persons, minimumInteractions, today, random, meetings);
		followUps(persons, today, random, tasks);
		return new SampleDataset(persons, meetings, tasks);
	}

	/**
	 * Layers of roughly 8% inner circle, 15% close, 20% active, 25% acquaintances, 12%
	 * dormant, 20% connections.
	 */
	static Shape shapeOf(int index, int people) {
		double position = (index + 0.5) / people;
		double[] upTo = { 0.08, 0.23, 0.43, 0.68, 0.80 };
		for (int i = 0; i < upTo.length; i++) {
			if (position < upTo[i]) {
				return Shape.values()[i];
			}
		}
		return Shape.CONNECTION_ONLY;
	}

	private static String tagsOf(Shape shape) {
		return switch (shape) {
			case INNER_CIRCLE -> "family, friend";
			case CLOSE -> "friend";
			case ACTIVE -> "work";
			case ACQUAINTANCE -> "community";
			case DORMANT -> "old friend";
			case CONNECTION_ONLY -> "linkedin";
		};
	}

	private void history(int person, Shape shape, LocalDate today, Random random, List<Meeting> meetings) {
		switch (shape) {
			case INNER_CIRCLE -> rhythm(person, 7, 3, HISTORY_DAYS, 0, 0.85, today, random, meetings);
			case CLOSE -> rhythm(person, 24, 8, HISTORY_DAYS, 0, 0.7, today, random, meetings);
			case ACTIVE -> rhythm(person, 60, 20, HISTORY_DAYS, 0, 0.55, today, random, meetings);
			case ACQUAINTANCE -> {
				for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
					meetings.add(meeting(person, today.minusDays(5 + random.nextInt(400)), random, 0.3));
				}
			}
			case DORMANT -> rhythm(person, 30, 10, 1100, 600 + random.nextInt(200), 0.7, today, random, meetings);
			case CONNECTION_ONLY -> {
			}
		}
		if (shape == Shape.CLOSE || shape == Shape.ACTIVE) {
			int roll = random.nextInt(6);
			if (roll == 0) {
				// They reached out last: an owed reply.
				meetings.add(new Meeting(today.minusDays(2 + random.nextInt(15)), InteractionKind.MESSAGE,
						Direction.THEM, List.of(person), "Asked how the new project is going"));
			}
			else if (roll == 1) {
				meetings.add(new Meeting(today.plusDays(2 + random.nextInt(20)), InteractionKind.MEAL, Direction.MUTUAL,
						List.of(person), "Dinner planned"));
			}
			else if (roll == 2) {
				meetings.add(new Meeting(today.minusDays(20 + random.nextInt(120)),
						random.nextBoolean() ? InteractionKind.INTRODUCTION : InteractionKind.FAVOUR,
						Direction.values()[random.nextInt(3)], List.of(person), "An introduction that helped"));
			}
		}
	}

	/**
	 * One interaction about every {@code period ± jitter} days from {@code fromDaysAgo}
	 * back to {@code toDaysAgo}.
	 */
	private void rhythm(int person, int period, int jitter, int fromDaysAgo, int toDaysAgo, double liveShare,
			LocalDate today, Random random, List<Meeting> meetings) {
		int daysAgo = toDaysAgo + random.nextInt(Math.max(1, period));
		while (daysAgo <= fromDaysAgo) {
			meetings.add(meeting(person, today.minusDays(daysAgo), random, liveShare));
			daysAgo += Math.max(1, period - jitter + random.nextInt(2 * jitter + 1));
		}
	}

	private Meeting meeting(int person, LocalDate date, Random random, double liveShare) {
		InteractionKind kind = (random.nextDouble() < liveShare) ? LIVE[random.nextInt(LIVE.length)]
				: LIGHT[random.nextInt(LIGHT.length)];
		double directionRoll = random.nextDouble();
		Direction direction = (directionRoll < 0.4) ? Direction.ME
				: (directionRoll < 0.75) ? Direction.MUTUAL : Direction.THEM;
		return new Meeting(date, kind, direction, List.of(person), SUMMARIES[random.nextInt(SUMMARIES.length)]);
	}

	private void topUp(List<Person> persons, int minimum, LocalDate today, Random random, List<Meeting> meetings) {
		List<Integer> live = new ArrayList<>();
		for (int i = 0; i < persons.size(); i++) {
			Shape shape = persons.get(i).shape();
			if (shape == Shape.INNER_CIRCLE || shape == Shape.CLOSE || shape == Shape.ACTIVE
					|| shape == Shape.ACQUAINTANCE) {
				live.add(i);
			}
		}
		while (meetings.size() < minimum && !live.isEmpty()) {
			int person = live.get(random.nextInt(live.size()));
			meetings.add(meeting(person, today.minusDays(1 + random.nextInt(HISTORY_DAYS)), random, 0.5));
		}
		if (persons.size() >= 3) {
			// A group dinner now and then: one interaction, several people.
			meetings.add(new Meeting(today.minusDays(12), InteractionKind.MEAL, Direction.ME, List.of(0, 1, 2),
					"Group dinner"));
		}
	}

	private void followUps(List<Person> persons, LocalDate today, Random random, List<Task> tasks) {
		String[] titles = { "Send the article we talked about", "Ask about the new job", "Return the book",
				"Introduce to a friend in design", "Wait for the conference dates", "Birthday present" };
		int count = Math.min(8, persons.size() / 6);
		for (int i = 0; i < count; i++) {
			int person = random.nextInt(Math.max(1, (int) (persons.size() * 0.43)));
			tasks.add(new Task(person, titles[i % titles.length], today.plusDays(-5 + random.nextInt(20)),
					(i % 3 == 2) ? Side.WAITING_ON_THEM : Side.I_OWE));
		}
	}

}
