package dev.rapport.depth;

import java.util.List;

import dev.rapport.contact.Rhythm;
import dev.rapport.depth.RhythmCheck.Intent;
import dev.rapport.depth.RhythmCheck.Loosen;
import dev.rapport.depth.RhythmCheck.Result;
import dev.rapport.scoring.Tier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RhythmCheckTests {

	@Test
	void addsUpPromisedTouchesAMonthFromTheChosenRhythms() {
		List<Intent> intents = List.of(new Intent(1, Rhythm.WEEKLY, 80.0, Tier.INNER_CIRCLE),
				new Intent(2, Rhythm.MONTHLY, 50.0, Tier.CLOSE), new Intent(3, Rhythm.YEARLY, 20.0, Tier.ACQUAINTANCE));

		Result result = RhythmCheck.check(intents, 90, false);

		assertThat(result.promisedPerMonth()).isCloseTo(365.0 / 12 / 7 + 365.0 / 12 / 30 + 1.0 / 12, within(1e-9));
		assertThat(result.achievedPerMonth()).isCloseTo(90 * (365.0 / 12) / 90, within(1e-9));
		assertThat(result.overPromised()).isFalse();
		assertThat(result.loosen()).isEmpty();
	}

	@Test
	void proposesLooseningLowestBondFirstOneStepEachUntilThePromiseFits() {
		List<Intent> intents = List.of(new Intent(1, Rhythm.WEEKLY, 60.0, Tier.CLOSE),
				new Intent(2, Rhythm.WEEKLY, 35.0, Tier.ACTIVE), new Intent(3, Rhythm.WEEKLY, null, Tier.NO_HISTORY),
				new Intent(4, Rhythm.WEEKLY, 45.0, Tier.ACTIVE));
		// Promised 4 x 4.35 = 17.4 a month; achieved 12 touches in 90 days = 4.06 a
		// month.

		Result result = RhythmCheck.check(intents, 12, false);

		assertThat(result.overPromised()).isTrue();
		assertThat(result.loosen()).extracting(Loosen::contactId).containsExactly(3L, 2L, 4L, 1L);
		assertThat(result.loosen()).allSatisfy(loosen -> {
			assertThat(loosen.fromDays()).isEqualTo(7);
			assertThat(loosen.toDays()).isEqualTo(14);
		});
	}

	@Test
	void stopsProposingOnceTheLoosenedPromiseFits() {
		List<Intent> intents = List.of(new Intent(1, Rhythm.WEEKLY, 20.0, Tier.ACQUAINTANCE),
				new Intent(2, Rhythm.WEEKLY, 40.0, Tier.ACTIVE), new Intent(3, Rhythm.WEEKLY, 60.0, Tier.CLOSE));
		// Promised 13.0; achieved 33 touches in 90 days = 11.2. Loosening one weekly
		// saves 2.2.

		Result result = RhythmCheck.check(intents, 33, false);

		assertThat(result.loosen()).containsExactly(new Loosen(1, 7, 14));
	}

	@Test
	void leavesTheInnerCircleAloneUnlessAsked() {
		List<Intent> intents = List.of(new Intent(1, Rhythm.WEEKLY, 90.0, Tier.INNER_CIRCLE),
				new Intent(2, Rhythm.MONTHLY, 55.0, Tier.CLOSE));

		assertThat(RhythmCheck.check(intents, 0, false).loosen()).extracting(Loosen::contactId).containsExactly(2L);
		assertThat(RhythmCheck.check(intents, 0, true).loosen()).extracting(Loosen::contactId).containsExactly(2L, 1L);
	}

	@Test
	void aYearlyRhythmCannotBeLoosened() {
		List<Intent> intents = List.of(new Intent(1, Rhythm.YEARLY, 10.0, Tier.ACQUAINTANCE),
				new Intent(2, Rhythm.HALF_YEARLY, 30.0, Tier.ACTIVE));

		assertThat(RhythmCheck.check(intents, 0, false).loosen()).containsExactly(new Loosen(2, 182, 365));
	}

	@Test
	void nothingIsPromisedWithoutIntents() {
		Result result = RhythmCheck.check(List.of(), 5, false);

		assertThat(result.promisedPerMonth()).isZero();
		assertThat(result.overPromised()).isFalse();
	}

	@Test
	void rhythmStepsGoFromWeeklyToYearly() {
		assertThat(Rhythm.allowedDays()).containsExactly(7, 14, 30, 90, 182, 365);
		assertThat(Rhythm.WEEKLY.looser()).contains(Rhythm.FORTNIGHTLY);
		assertThat(Rhythm.YEARLY.looser()).isEmpty();
		assertThat(Rhythm.ofDays(31)).isEmpty();
		assertThat(Rhythm.ofDays(null)).isEmpty();
	}

}
