package dev.rapport.contact;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as an address book (vCard, Google or Outlook CSV) or a backup describes them,
 * cleaned by the importer: text trimmed and cut to the column sizes, blanks as
 * {@code null}, lists without blanks. The first email and phone are the primary ones.
 *
 * @param sourceUid the source's own id for the person (vCard {@code UID}), or
 * {@code null}
 * @param firstName never blank: the importer picks a fallback when the source has no
 * first name
 * @param birthday a birthday with its year; see {@code birthdayMonthDay} for one without
 * @param birthdayWithoutYear a birthday the source gives without a year, as
 * {@code --MM-DD}, or {@code null}
 * @param linkedinUrl an https LinkedIn profile URL, or {@code null}
 * @param photo the photo's bytes as the source holds them (JPEG, PNG, GIF), or
 * {@code null}
 * @param dates anniversaries and other dates besides the birthday
 */
public record ContactCard(String sourceUid, String firstName, String lastName, List<LabelledValue> emails,
		List<LabelledValue> phones, List<PostalAddress> addresses, LocalDate birthday, String birthdayWithoutYear,
		String notes, List<String> tags, String company, String position, String linkedinUrl, byte[] photo,
		List<CardDate> dates) {

	public ContactCard {
		dates = (dates == null) ? List.of() : List.copyOf(dates);
	}

	/** A card without dates besides the birthday (CSV files, LinkedIn). */
	public ContactCard(String sourceUid, String firstName, String lastName, List<LabelledValue> emails,
			List<LabelledValue> phones, List<PostalAddress> addresses, LocalDate birthday, String birthdayWithoutYear,
			String notes, List<String> tags, String company, String position, String linkedinUrl, byte[] photo) {
		this(sourceUid, firstName, lastName, emails, phones, addresses, birthday, birthdayWithoutYear, notes, tags,
				company, position, linkedinUrl, photo, List.of());
	}

	public String displayName() {
		return (this.lastName == null) ? this.firstName : this.firstName + " " + this.lastName;
	}

	public String primaryEmail() {
		return this.emails.isEmpty() ? null : this.emails.get(0).value();
	}

	public String primaryPhone() {
		return this.phones.isEmpty() ? null : this.phones.get(0).value();
	}

}
