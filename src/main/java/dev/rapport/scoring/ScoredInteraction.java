package dev.rapport.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;

/**
 * One interaction as the scorer sees it, from one contact's side: a group interaction is
 * one row for each participant.
 *
 * @param day the calendar day in the user's zone; a day after "today" is planned and does
 * not count yet
 * @param kind what the interaction was
 * @param direction who initiated it, or for introductions and favours who gave
 */
public record ScoredInteraction(LocalDate day, InteractionKind kind, Direction direction) {

	public ScoredInteraction {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(direction, "direction");
	}

	/** Whole days from this interaction to {@code today}; negative when it is planned. */
	public long ageOn(LocalDate today) {
		return ChronoUnit.DAYS.between(this.day, today);
	}

	public boolean isPlannedOn(LocalDate today) {
		return this.day.isAfter(today);
	}

	Bucket bucket() {
		return Bucket.of(this.kind, this.direction);
	}

	/** I gave an introduction or favour (a mutual one counts as given both ways). */
	boolean isGivenByMe() {
		return this.kind.isService() && this.direction != Direction.THEM;
	}

	boolean isGivenByThem() {
		return this.kind.isService() && this.direction != Direction.ME;
	}

}
