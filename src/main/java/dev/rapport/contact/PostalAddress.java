package dev.rapport.contact;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * A postal address as address books structure it; any part may be {@code null}.
 */
public record PostalAddress(String label, String street, String locality, String region, String postalCode,
		String country) {

	/** The address on one line, for pages and spreadsheets. */
	public String oneLine() {
		return String.join(", ",
				Stream.of(this.street, joined(this.postalCode, this.locality), this.region, this.country)
					.filter(Objects::nonNull)
					.filter(part -> !part.isBlank())
					.toList());
	}

	public boolean isEmpty() {
		return oneLine().isEmpty();
	}

	private static String joined(String first, String second) {
		if (first == null || first.isBlank()) {
			return second;
		}
		return (second == null || second.isBlank()) ? first : first + " " + second;
	}

}
