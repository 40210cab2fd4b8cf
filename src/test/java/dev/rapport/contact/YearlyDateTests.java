package dev.rapport.contact;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YearlyDateTests {

	@Test
	void readsAndWritesBothFormsAsVCardDoes() {
		assertThat(YearlyDate.parse("1990-12-24")).contains(new YearlyDate(1990, 12, 24));
		assertThat(YearlyDate.parse("--12-24")).contains(new YearlyDate(null, 12, 24));
		assertThat(new YearlyDate(null, 4, 2)).hasToString("--04-02");
		assertThat(new YearlyDate(1990, 4, 2)).hasToString("1990-04-02");
	}

	@Test
	void refusesWhatIsNoRealDay() {
		assertThat(YearlyDate.parse("--02-30")).isEmpty();
		assertThat(YearlyDate.parse("1990-13-01")).isEmpty();
		assertThat(YearlyDate.parse("1991-02-29")).isEmpty();
		assertThat(YearlyDate.parse("1899-05-01")).isEmpty();
		assertThat(YearlyDate.parse("2101-05-01")).isEmpty();
		assertThat(YearlyDate.parse("12-24")).isEmpty();
		assertThat(YearlyDate.parse("yesterday")).isEmpty();
		assertThat(YearlyDate.parse(null)).isEmpty();
	}

	@Test
	void keepsTheTwentyNinthOfFebruaryOnTheTwentyEighthInOtherYears() {
		YearlyDate leapling = YearlyDate.parse("2000-02-29").orElseThrow();
		assertThat(leapling.in(2027)).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(leapling.in(2028)).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(YearlyDate.parse("--02-29").orElseThrow().nextOnOrAfter(LocalDate.of(2026, 11, 18)))
			.isEqualTo(LocalDate.of(2027, 2, 28));
	}

	@Test
	void comesRoundOnOrAfterTheGivenDay() {
		YearlyDate christmasEve = new YearlyDate(null, 12, 24);
		assertThat(christmasEve.nextOnOrAfter(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 24));
		assertThat(christmasEve.nextOnOrAfter(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2027, 12, 24));
	}

	@Test
	void countsTheYearsOnlyWhenTheYearIsKnown() {
		assertThat(new YearlyDate(1986, 12, 3).yearsOn(LocalDate.of(2026, 12, 3))).contains(40);
		assertThat(new YearlyDate(null, 12, 3).yearsOn(LocalDate.of(2026, 12, 3))).isEmpty();
	}

}
