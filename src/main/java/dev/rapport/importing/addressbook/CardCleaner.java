package dev.rapport.importing.addressbook;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.rapport.contact.CardDate;
import dev.rapport.contact.ContactCard;
import dev.rapport.contact.ContactLimits;
import dev.rapport.contact.LabelledValue;
import dev.rapport.contact.PhoneNumbers;
import dev.rapport.contact.PostalAddress;
import dev.rapport.importing.linkedin.ProfileUrls;

/**
 * Turns what a reader found into what a contact can hold: NFC text, trimmed, cut to the
 * column sizes (the same way on every import, so re-imports still match), plausible
 * emails and phones only, each once, a LinkedIn profile among the URLs, and a name. A
 * person without any name is called by their company, email or phone; one without any of
 * those is skipped.
 */
final class CardCleaner {

	static final int NAME_LENGTH = ContactLimits.NAME;

	static final int EMAIL_LENGTH = ContactLimits.EMAIL;

	static final int PHONE_LENGTH = ContactLimits.PHONE;

	static final int LABEL_LENGTH = ContactLimits.VALUE_LABEL;

	static final int COMPANY_LENGTH = ContactLimits.COMPANY;

	static final int POSITION_LENGTH = ContactLimits.POSITION;

	static final int NOTES_LENGTH = ContactLimits.NOTES;

	static final int TAG_LENGTH = ContactLimits.TAG;

	static final int MAX_TAGS = 20;

	static final int UID_LENGTH = ContactLimits.SOURCE_UID;

	static final int STREET_LENGTH = ContactLimits.STREET;

	static final int LOCALITY_LENGTH = ContactLimits.LOCALITY;

	static final int REGION_LENGTH = ContactLimits.REGION;

	static final int POSTAL_CODE_LENGTH = ContactLimits.POSTAL_CODE;

	static final int COUNTRY_LENGTH = ContactLimits.COUNTRY;

	/**
	 * How many of each a contact keeps; address books rarely hold more, and a hostile
	 * file could.
	 */
	static final int MAX_VALUES = 20;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[0-9+()./ \\-]*[0-9][0-9+()./ \\-]*");

	private static final Pattern SURNAME_PARTICLE = Pattern.compile("\\p{Ll}+(['’]?\\s*\\p{Ll}+)*['’]?");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

	static final int DATE_LABEL_LENGTH = ContactLimits.DATE_LABEL;

	private static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

	private CardCleaner() {
	}

	static ReadCard clean(RawCard raw) {
		List<LabelledValue> emails = emails(raw.emails);
		List<LabelledValue> phones = phones(raw.phones);
		String company = text(raw.company, COMPANY_LENGTH);
		String firstName = text(raw.firstName, NAME_LENGTH);
		String lastName = text(surnameWithParticle(raw.middleName, raw.lastName), NAME_LENGTH);
		if (firstName == null && lastName == null) {
			String formatted = text(raw.formattedName, NAME_LENGTH);
			if (formatted == null) {
				formatted = text(raw.nickname, NAME_LENGTH);
			}
			firstName = formatted;
		}
		if (firstName == null) {
			firstName = lastName;
			lastName = null;
		}
		if (firstName == null) {
			firstName = (company != null) ? text(company, NAME_LENGTH) : !emails.isEmpty()
					? text(emails.get(0).value(), NAME_LENGTH) : !phones.isEmpty() ? phones.get(0).value() : null;
		}
		if (firstName == null) {
			return new ReadCard(raw.line, null, ReadCard.SkipReason.NO_NAME_OR_CONTACT);
		}
		String linkedinUrl = raw.urls.stream()
			.map(ProfileUrls::normalise)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		LocalDate birthday = (raw.birthday != null && !raw.birthday.isBefore(EARLIEST_BIRTHDAY)) ? raw.birthday : null;
		String notes = text(
				String.join("\n\n", raw.notes.stream().filter(note -> note != null && !note.isBlank()).toList()),
				NOTES_LENGTH);
		ContactCard card = new ContactCard(text(raw.uid, UID_LENGTH), firstName, lastName, emails, phones,
				addresses(raw.addresses), birthday, (birthday == null) ? raw.birthdayWithoutYear : null, notes,
				tags(raw.tags), company, text(raw.position, POSITION_LENGTH), linkedinUrl, raw.photo, dates(raw.dates));
		return new ReadCard(raw.line, card, null);
	}

	/**
	 * Address books put the lower-case particles of a surname ("van der" Meulen, "von"
	 * Trapp, "de la" Cruz) in the middle name, which Rapport has no field for: they
	 * belong to the surname, not to be dropped. Other middle names are left out as
	 * before.
	 */
	static String surnameWithParticle(String middleName, String lastName) {
		if (middleName == null || lastName == null || lastName.isBlank()
				|| !SURNAME_PARTICLE.matcher(middleName.strip()).matches()) {
			return lastName;
		}
		return middleName.strip() + " " + lastName.strip();
	}

	/**
	 * Each date once (kind, label and day), labels cut to the dates page's length, at
	 * most 20.
	 */
	private static List<CardDate> dates(List<CardDate> raw) {
		Map<String, CardDate> unique = new LinkedHashMap<>();
		for (CardDate date : raw) {
			CardDate cleaned = new CardDate(date.kind(), text(date.label(), DATE_LABEL_LENGTH), date.date());
			if (unique.size() < MAX_VALUES) {
				unique.putIfAbsent(cleaned.matchKey(), cleaned);
			}
		}
		return List.copyOf(unique.values());
	}

	private static List<LabelledValue> emails(List<LabelledValue> raw) {
		Map<String, LabelledValue> unique = new LinkedHashMap<>();
		for (LabelledValue email : raw) {
			String value = text(email.value(), EMAIL_LENGTH + 1);
			if (value != null && value.length() <= EMAIL_LENGTH && EMAIL.matcher(value).matches()
					&& unique.size() < MAX_VALUES) {
				unique.putIfAbsent(value.toLowerCase(Locale.ROOT), new LabelledValue(label(email.label()), value));
			}
		}
		return List.copyOf(unique.values());
	}

	private static List<LabelledValue> phones(List<LabelledValue> raw) {
		Map<String, LabelledValue> unique = new LinkedHashMap<>();
		for (LabelledValue phone : raw) {
			String value = text(phone.value(), PHONE_LENGTH + 1);
			if (value != null && value.startsWith("tel:")) {
				value = value.substring(4).strip();
			}
			if (value != null && value.length() <= PHONE_LENGTH && PHONE.matcher(value).matches()
					&& unique.size() < MAX_VALUES) {
				unique.putIfAbsent(PhoneNumbers.matchKey(value), new LabelledValue(label(phone.label()), value));
			}
		}
		return List.copyOf(unique.values());
	}

	private static List<PostalAddress> addresses(List<PostalAddress> raw) {
		List<PostalAddress> addresses = new ArrayList<>();
		for (PostalAddress address : raw) {
			PostalAddress cleaned = new PostalAddress(label(address.label()), text(address.street(), STREET_LENGTH),
					text(address.locality(), LOCALITY_LENGTH), text(address.region(), REGION_LENGTH),
					text(address.postalCode(), POSTAL_CODE_LENGTH), text(address.country(), COUNTRY_LENGTH));
			if (!cleaned.isEmpty() && !addresses.contains(cleaned) && addresses.size() < MAX_VALUES) {
				addresses.add(cleaned);
			}
		}
		return List.copyOf(addresses);
	}

	private static List<String> tags(List<String> raw) {
		Map<String, String> unique = new LinkedHashMap<>();
		for (String tag : raw) {
			String value = text(tag, TAG_LENGTH);
			if (value != null && unique.size() < MAX_TAGS) {
				unique.putIfAbsent(value.toLowerCase(Locale.ROOT), value);
			}
		}
		return List.copyOf(unique.values());
	}

	/**
	 * Address books' labels in one style: Apple's {@code _$!<Mobile>!$_} and Google's
	 * {@code * Home} unwrapped.
	 */
	static String label(String raw) {
		if (raw == null) {
			return null;
		}
		String label = raw.strip();
		if (label.startsWith("_$!<") && label.endsWith(">!$_")) {
			label = label.substring(4, label.length() - 4);
		}
		if (label.startsWith("* ")) {
			label = label.substring(2);
		}
		label = label.strip();
		if (label.isEmpty()) {
			return null;
		}
		return text(label.toLowerCase(Locale.ROOT), LABEL_LENGTH);
	}

	/** NFC, trimmed, blank as {@code null}, longer text cut at a code point boundary. */
	static String text(String value, int length) {
		if (value == null) {
			return null;
		}
		// Quoted-printable can smuggle in control characters the file check never saw as
		// bytes.
		// Windows programs (Outlook's notes) end lines with CR LF: one line break, not a
		// space and a break.
		String text = CONTROL.matcher(Normalizer.normalize(value, Normalizer.Form.NFC).replace("\r\n", "\n"))
			.replaceAll(" ")
			.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() <= length) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end).strip();
	}

}
