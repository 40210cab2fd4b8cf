package dev.rapport.account;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The time zones offered at sign-up and on the profile: a short curated list of
 * region-based IANA names people recognise (one or two per populated offset), each
 * labelled with its city and standard offset and sorted west to east. The list only
 * suggests: any valid zone id is accepted and kept, so a zone chosen before (or typed, or
 * detected on the device) stays valid.
 */
public final class TimeZones {

	/**
	 * A zone offered in the pickers: its id, and a label such as "Europe/Berlin — Berlin
	 * (UTC+01:00)".
	 */
	public record Choice(String id, String label) {
	}

	private static final List<String> CURATED = List.of("Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles",
			"America/Vancouver", "America/Denver", "America/Phoenix", "America/Chicago", "America/Mexico_City",
			"America/New_York", "America/Toronto", "America/Bogota", "America/Lima", "America/Halifax",
			"America/Santiago", "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "America/St_Johns",
			"Atlantic/Azores", "Atlantic/Reykjavik", "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Africa/Lagos",
			"Africa/Casablanca", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam",
			"Europe/Brussels", "Europe/Vienna", "Europe/Zurich", "Europe/Stockholm", "Europe/Oslo", "Europe/Copenhagen",
			"Europe/Warsaw", "Europe/Prague", "Europe/Budapest", "Africa/Cairo", "Africa/Johannesburg", "Europe/Athens",
			"Europe/Helsinki", "Europe/Kyiv", "Europe/Bucharest", "Asia/Jerusalem", "Europe/Istanbul", "Europe/Moscow",
			"Africa/Nairobi", "Asia/Riyadh", "Asia/Tehran", "Asia/Dubai", "Asia/Kabul", "Asia/Karachi", "Asia/Tashkent",
			"Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka", "Asia/Bangkok", "Asia/Jakarta", "Asia/Ho_Chi_Minh",
			"Asia/Shanghai", "Asia/Hong_Kong", "Asia/Singapore", "Asia/Taipei", "Australia/Perth", "Asia/Manila",
			"Asia/Tokyo", "Asia/Seoul", "Australia/Adelaide", "Australia/Brisbane", "Australia/Sydney",
			"Australia/Melbourne", "Pacific/Noumea", "Pacific/Auckland", "Pacific/Fiji");

	/** Labels use the standard (winter) offset, so they do not shift twice a year. */
	private static final Instant OFFSETS_AT = Instant.parse("2026-01-15T00:00:00Z");

	private static final List<Choice> CHOICES = CURATED.stream()
		.map(ZoneId::of)
		// by seconds: ZoneOffset's own order runs east to west
		.sorted(Comparator.comparingInt((ZoneId zone) -> standardOffset(zone).getTotalSeconds())
			.thenComparing(ZoneId::getId))
		.map(TimeZones::choiceOf)
		.toList();

	private TimeZones() {
	}

	/** The curated zones, west to east (UTC is offered separately). */
	public static List<Choice> choices() {
		return CHOICES;
	}

	/** The zone named, if it is a real one (curated or not). */
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

	static Choice choiceOf(ZoneId zone) {
		String id = zone.getId();
		String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
		ZoneOffset offset = standardOffset(zone);
		String utc = (offset.getTotalSeconds() == 0) ? "+00:00" : offset.getId();
		return new Choice(id, id + " — " + city + " (UTC" + utc + ")");
	}

	private static ZoneOffset standardOffset(ZoneId zone) {
		return zone.getRules().getStandardOffset(OFFSETS_AT);
	}

}
