package dev.rapport.depth;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.depth.GiveAndTake.Line;
import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GiveAndTakeTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Test
	void countsFavoursAndIntroductionsGivenAndReceivedOverTheLastYear() {
		List<ContactInteraction> rows = List.of(row(1, 10, InteractionKind.FAVOUR, Direction.ME),
				row(1, 20, InteractionKind.INTRODUCTION, Direction.THEM),
				row(1, 30, InteractionKind.FAVOUR, Direction.MUTUAL), row(1, 364, InteractionKind.FAVOUR, Direction.ME),
				row(1, 365, InteractionKind.FAVOUR, Direction.ME), // a day too old
				row(1, -3, InteractionKind.FAVOUR, Direction.ME), // planned
				row(1, 5, InteractionKind.COFFEE, Direction.ME)); // not a service

		assertThat(GiveAndTake.ledger(rows, TODAY)).containsExactly(new Line(1, 3, 2));
	}

	@Test
	void thoseYouOnlyReceivedFromComeFirst() {
		List<ContactInteraction> rows = List.of(row(1, 10, InteractionKind.FAVOUR, Direction.ME),
				row(1, 11, InteractionKind.FAVOUR, Direction.ME), row(2, 12, InteractionKind.FAVOUR, Direction.THEM),
				row(3, 13, InteractionKind.INTRODUCTION, Direction.THEM),
				row(3, 14, InteractionKind.FAVOUR, Direction.THEM));

		List<Line> ledger = GiveAndTake.ledger(rows, TODAY);

		assertThat(ledger).containsExactly(new Line(3, 0, 2), new Line(2, 0, 1), new Line(1, 2, 0));
		assertThat(ledger).extracting(Line::onlyReceived).containsExactly(true, true, false);
	}

	static ContactInteraction row(long contactId, long daysAgo, InteractionKind kind, Direction direction) {
		return new ContactInteraction(contactId, TODAY.minusDays(daysAgo), kind, direction);
	}

}
