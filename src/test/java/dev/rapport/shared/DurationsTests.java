package dev.rapport.shared;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for saying a gap, with the words of the message bundle. */
class DurationsTests {

	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages/messages");
		MESSAGES.setDefaultEncoding("UTF-8");
	}

	@ParameterizedTest
	@CsvSource({ "0, less than a day", "1, 1 day", "13, 13 days", "14, 2 weeks", "20, 2 weeks", "21, 3 weeks",
			"59, 8 weeks", "60, 2 months", "89, 2 months", "90, 3 months", "105, 3 months", "119, 3 months",
			"120, 4 months", "548, 18 months", "729, 24 months", "730, 2 years", "1094, 2 years", "1095, 3 years" })
	void saysAGapInTheCoarsestHonestUnitRoundedDown(long days, String said) {
		assertThat(Durations.say(MESSAGES, days, Locale.ENGLISH)).isEqualTo(said);
	}

	@ParameterizedTest
	@CsvSource({ "0, today", "1, yesterday", "2, 2 days ago", "13, 13 days ago", "14, 2 weeks ago", "20, 2 weeks ago",
			"21, 3 weeks ago", "59, 8 weeks ago", "60, 2 months ago", "95, 3 months ago", "729, 24 months ago",
			"730, 2 years ago", "1100, 3 years ago" })
	void saysHowLongAgoWithTheSameWords(long days, String said) {
		assertThat(MESSAGES.getMessage(Durations.ago(days), Locale.ENGLISH)).isEqualTo(said);
	}

}
