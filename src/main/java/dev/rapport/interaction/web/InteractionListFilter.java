package dev.rapport.interaction.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.rapport.interaction.InteractionFilter;
import dev.rapport.interaction.InteractionKind;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The interactions page's filters as the query string carries them: a person, a kind and
 * a date range, each optional. A value that cannot be read (an unknown kind, a malformed
 * date, an end before the start) is reported in {@code errors} (field to message key) and
 * filters nothing, so the page still lists something and says why. Public only for the
 * templates.
 */
public record InteractionListFilter(Long contactId, InteractionKind kind, LocalDate from, LocalDate to,
		Map<String, String> errors) {

	static InteractionListFilter read(String contactId, String kind, String from, String to) {
		Map<String, String> errors = new LinkedHashMap<>();
		Long person = null;
		if (present(contactId)) {
			try {
				person = Long.valueOf(contactId.trim());
			}
			catch (NumberFormatException ex) {
				errors.put("contactId", "interactions.filter.unknownPerson");
			}
		}
		InteractionKind interactionKind = null;
		if (present(kind)) {
			try {
				interactionKind = InteractionKind.valueOf(kind.trim());
			}
			catch (IllegalArgumentException ex) {
				errors.put("kind", "interactions.filter.unknownKind");
			}
		}
		LocalDate start = date(from, "from", errors);
		LocalDate end = date(to, "to", errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.put("to", "interactions.filter.toBeforeFrom");
			end = null;
		}
		return new InteractionListFilter(person, interactionKind, start, end, Map.copyOf(errors));
	}

	/** The same filters with this person (a search that found exactly them). */
	InteractionListFilter withContact(long person) {
		return new InteractionListFilter(person, this.kind, this.from, this.to, this.errors);
	}

	public boolean isActive() {
		return this.contactId != null || this.kind != null || this.from != null || this.to != null;
	}

	InteractionFilter toFilter() {
		return new InteractionFilter(this.contactId, this.kind, this.from, this.to);
	}

	/**
	 * This page's address with these filters, for the pager to add its page number to.
	 */
	public String path() {
		return UriComponentsBuilder.fromPath("/interactions")
			.queryParamIfPresent("contactId", Optional.ofNullable(this.contactId))
			.queryParamIfPresent("kind", Optional.ofNullable(this.kind))
			.queryParamIfPresent("from", Optional.ofNullable(this.from))
			.queryParamIfPresent("to", Optional.ofNullable(this.to))
			.build()
			.toUriString();
	}

	private static LocalDate date(String text, String field, Map<String, String> errors) {
		if (!present(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "typeMismatch.java.time.LocalDate");
			return null;
		}
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
