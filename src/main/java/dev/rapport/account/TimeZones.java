package dev.rapport.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The time zones a user can pick (sign-up and profile): the region-based IANA names, such as
 * {@code Europe/Berlin}, plus UTC. Offsets and the {@code Etc/} aliases are left out because they
 * do not follow daylight saving time, which is what people expect from "my time zone".
 */
public final class TimeZones {

	private static final List<String> CHOICES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
		.sorted()
		.toList();

	private TimeZones() {
	}

	/** The zones offered in the pickers, sorted by name (UTC is offered separately). */
	public static List<String> choices() {
		return CHOICES;
	}

	/** The zone named, if it is a real one. */
	public static Optional<ZoneId> parse(String id) {
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(id.trim()));
		}
		catch (DateTimeException unknown) {
			return Optional.empty();
		}
	}

}
