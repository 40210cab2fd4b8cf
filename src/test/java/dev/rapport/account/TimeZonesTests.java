package dev.rapport.account;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeZonesTests {

	@Test
	void offersAShortListOfRealZonesWithReadableLabels() {
		List<TimeZones.Choice> choices = TimeZones.choices();
		assertThat(choices).hasSizeBetween(40, 100);
		assertThat(choices).extracting(TimeZones.Choice::id).doesNotHaveDuplicates().allSatisfy(id -> {
			assertThat(TimeZones.parse(id)).isPresent();
			assertThat(id).doesNotStartWith("Etc/").contains("/");
		});
		assertThat(choices).contains(new TimeZones.Choice("Europe/Berlin", "Europe/Berlin — Berlin (UTC+01:00)"),
				new TimeZones.Choice("Asia/Kolkata", "Asia/Kolkata — Kolkata (UTC+05:30)"),
				new TimeZones.Choice("America/Argentina/Buenos_Aires",
						"America/Argentina/Buenos_Aires — Buenos Aires (UTC-03:00)"),
				new TimeZones.Choice("Europe/London", "Europe/London — London (UTC+00:00)"));
	}

	@Test
	void sortsWestToEastThenByName() {
		Instant winter = Instant.parse("2026-01-15T00:00:00Z");
		List<ZoneOffset> offsets = TimeZones.choices()
			.stream()
			.map(choice -> ZoneId.of(choice.id()).getRules().getStandardOffset(winter))
			.toList();
		assertThat(offsets).isSortedAccordingTo((a, b) -> Integer.compare(a.getTotalSeconds(), b.getTotalSeconds()));
		assertThat(TimeZones.choices().get(0).id()).isEqualTo("Pacific/Honolulu");
	}

	@Test
	void acceptsAnyValidZoneEvenOneNotListed() {
		assertThat(TimeZones.choices()).extracting(TimeZones.Choice::id).doesNotContain("America/Indiana/Knox");
		assertThat(TimeZones.parse(" America/Indiana/Knox ")).contains(ZoneId.of("America/Indiana/Knox"));
		assertThat(TimeZones.parse("Mars/Olympus_Mons")).isEmpty();
		assertThat(TimeZones.parse(" ")).isEmpty();
	}

}
