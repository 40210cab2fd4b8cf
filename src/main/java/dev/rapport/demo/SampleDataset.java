package dev.rapport.demo;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.followup.Side;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;

import org.jspecify.annotations.Nullable;

/**
 * A generated network: people, what happened with them, and what is still to do.
 * Interactions and follow-ups point at people by their index in {@link #people()}.
 */
public record SampleDataset(List<Person> people, List<Meeting> interactions, List<Task> followUps) {

	/**
	 * What kind of relationship the generator gave a person, before scoring says what it
	 * became.
	 */
	public enum Shape {

		INNER_CIRCLE, CLOSE, ACTIVE, ACQUAINTANCE, DORMANT, CONNECTION_ONLY

	}

	public record Person(String firstName, String lastName, String company, String position, String tags, Shape shape,
			@Nullable LocalDate connectedOn) {
	}

	public record Meeting(LocalDate date, InteractionKind kind, Direction direction, List<Integer> people,
			@Nullable String summary) {
	}

	public record Task(int person, String title, LocalDate dueOn, Side side) {
	}

}
