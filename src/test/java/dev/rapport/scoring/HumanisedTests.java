package dev.rapport.scoring;

import java.util.Locale;

import dev.rapport.shared.Durations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class HumanisedTests {

	@ParameterizedTest
	@CsvSource({ "0, today", "1, yesterday", "2, 2 days ago", "13, 13 days ago", "14, 2 weeks ago", "20, 2 weeks ago",
			"21, 3 weeks ago", "59, 8 weeks ago", "60, 2 months ago", "95, 3 months ago", "729, 24 months ago",
			"730, 2 years ago", "1100, 3 years ago" })
	void saysHowLongAgoInTheLargestUnitThatReadsNaturally(long days, String expected) {
		assertThat(Humanised.ago(days)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "0, less than a day", "1, 1 day", "7, 7 days", "21, 3 weeks", "60, 2 months", "90, 3 months",
			"180, 6 months", "548, 18 months", "730, 2 years" })
	void saysHowLongAPeriodLasts(long days, String expected) {
		assertThat(Humanised.duration(days)).isEqualTo(expected);
	}

	/**
	 * The explanation sentence, the contact page's "last broke bread" and This week's
	 * reasons say a gap through {@link Durations}: the sentence's English agrees with the
	 * bundle's words for every gap (105 days once read "3 months" in the sentence and "4
	 * months" on the same page).
	 */
	@Test
	void saysEveryGapAsThePagesDo() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		for (long days = 1; days <= 3000; days++) {
			assertThat(Humanised.duration(days)).as("%d days", days)
				.isEqualTo(Durations.say(messages, days, Locale.ENGLISH));
		}
	}

	@ParameterizedTest
	@CsvSource({ "0, 0 contacts", "1, 1 contact", "2, 2 contacts" })
	void countsInSingularOnlyForOne(long n, String expected) {
		assertThat(Humanised.count(n, "contact")).isEqualTo(expected);
	}

}
