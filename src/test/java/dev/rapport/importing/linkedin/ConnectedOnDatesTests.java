package dev.rapport.importing.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectedOnDatesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			20 Nov 2018         | 2018-11-20
			05 Sep 2021         | 2021-09-05
			5 Sep 2021          | 2021-09-05
			30 SEP 2021         | 2021-09-30
			29 Feb 2024         | 2024-02-29
			9/21/16, 3:29 AM    | 2016-09-21
			1/8/18, 6:14 PM     | 2018-01-08
			12/31/17, 11:59 pm  | 2017-12-31
			20-Nov-18           | 2018-11-20
			5-Sep-19            | 2019-09-05
			29-Feb-16           | 2016-02-29
			2018-11-20          | 2018-11-20
			""")
	void readsEveryFormLinkedInAndSpreadsheetsWrite(String text, LocalDate expected) {
		assertThat(ConnectedOnDates.parse(text)).hasValue(expected);
	}

	@Test
	void readsUsDateWithNarrowNoBreakSpaceBeforeMeridiem() {
		assertThat(ConnectedOnDates.parse("1/8/18, 6:14\u202FPM")).hasValue(LocalDate.of(2018, 1, 8));
	}

	@Test
	void readsSeptemberWhateverTheDefaultLocale() {
		Locale defaultLocale = Locale.getDefault();
		try {
			Locale.setDefault(Locale.UK);
			assertThat(ConnectedOnDates.parse("30 Sep 2021")).hasValue(LocalDate.of(2021, 9, 30));
			Locale.setDefault(Locale.GERMANY);
			assertThat(ConnectedOnDates.parse("03 Mar 2021")).hasValue(LocalDate.of(2021, 3, 3));
		}
		finally {
			Locale.setDefault(defaultLocale);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void treatsBlankAsNoDate(String text) {
		assertThat(ConnectedOnDates.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "29 Feb 2023", "31 Apr 2021", "30 Sept 2021", "20.11.2018", "13/1/18, 6:14 PM",
			"Nov 20 2018", "yesterday" })
	void refusesWhatIsNotAValidDate(String text) {
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> ConnectedOnDates.parse(text));
	}

}
