package dev.rapport.importing.addressbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.rapport.contact.CardDate;
import dev.rapport.contact.LabelledValue;
import dev.rapport.contact.PostalAddress;

/**
 * One person as a reader found them, before cleaning: values exactly as the file has them
 * (empty ones included). Readers fill it; {@link CardCleaner} turns it into a contact
 * card.
 */
final class RawCard {

	final int line;

	String uid;

	String firstName;

	String middleName;

	String lastName;

	String formattedName;

	String nickname;

	String company;

	String position;

	LocalDate birthday;

	/** A birthday without a year, as {@code --MM-DD}. */
	String birthdayWithoutYear;

	final List<String> notes = new ArrayList<>();

	final List<String> tags = new ArrayList<>();

	final List<LabelledValue> emails = new ArrayList<>();

	final List<LabelledValue> phones = new ArrayList<>();

	final List<PostalAddress> addresses = new ArrayList<>();

	final List<String> urls = new ArrayList<>();

	byte[] photo;

	/**
	 * Anniversaries and other dates besides the birthday; labels as the file has them.
	 */
	final List<CardDate> dates = new ArrayList<>();

	RawCard(int line) {
		this.line = line;
	}

}
