package dev.rapport.importing.addressbook;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dev.rapport.contact.LabelledValue;
import dev.rapport.contact.PostalAddress;

/**
 * Thunderbird's address book exported as "Comma Separated" ({@code First Name, Last Name,
 * Display Name, Nickname, Primary Email, Secondary Email, ..., Birth Year, Birth Month,
 * Birth Day, ..., Notes}, older versions with a comma after every row). British builds
 * write {@code Home County}, {@code Home Post Code} and {@code Organisation}. The
 * birthday is three columns; without a year it is a birthday without a year.
 */
final class ThunderbirdCsvDialect implements CsvDialect {

	static boolean recognises(List<String> header) {
		List<String> cells = header.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
		return cells.contains("primary email") && cells.contains("display name");
	}

	@Override
	public Columns columns(List<String> header) {
		return ThunderbirdCsvDialect::read;
	}

	private static void read(Row row, RawCard card) {
		card.firstName = row.get("First Name");
		card.lastName = row.get("Last Name");
		card.formattedName = row.get("Display Name");
		card.nickname = row.get("Nickname");
		card.company = row.firstPresent("Organization", "Organisation");
		card.position = row.get("Job Title");
		email(row.get("Primary Email"), card);
		email(row.get("Secondary Email"), card);
		phone(row.get("Mobile Number"), "mobile", card);
		phone(row.get("Work Phone"), "work", card);
		phone(row.get("Home Phone"), "home", card);
		card.addresses.add(new PostalAddress("home", street(row, "Home"), row.get("Home City"),
				row.firstPresent("Home State", "Home County"), row.firstPresent("Home ZipCode", "Home Post Code"),
				row.get("Home Country")));
		card.addresses.add(new PostalAddress("work", street(row, "Work"), row.get("Work City"),
				row.firstPresent("Work State", "Work County"), row.firstPresent("Work ZipCode", "Work Post Code"),
				row.get("Work Country")));
		birthday(row.get("Birth Year"), row.get("Birth Month"), row.get("Birth Day"), card);
		for (String web : List.of("Web Page 1", "Web Page 2")) {
			String url = row.get(web);
			if (url != null) {
				card.urls.add(url);
			}
		}
		String notes = row.get("Notes");
		if (notes != null) {
			card.notes.add(notes);
		}
	}

	private static void email(String value, RawCard card) {
		if (value != null) {
			card.emails.add(new LabelledValue(null, value));
		}
	}

	private static void phone(String value, String label, RawCard card) {
		if (value != null) {
			card.phones.add(new LabelledValue(label, value));
		}
	}

	private static String street(Row row, String kind) {
		String first = row.get(kind + " Address");
		String second = row.get(kind + " Address 2");
		if (first == null || second == null) {
			return (first != null) ? first : second;
		}
		return first + ", " + second;
	}

	/** Year, month and day in columns of their own; no year is a birthday without one. */
	static void birthday(String year, String month, String day, RawCard card) {
		if (month == null || day == null) {
			return;
		}
		try {
			int m = Integer.parseInt(month.strip());
			int d = Integer.parseInt(day.strip());
			if (year != null) {
				card.birthday = LocalDate.of(Integer.parseInt(year.strip()), m, d);
			}
			else {
				// 2004 is a leap year, so 29 February is a day too.
				LocalDate.of(2004, m, d);
				card.birthdayWithoutYear = String.format(Locale.ROOT, "--%02d-%02d", m, d);
			}
		}
		catch (NumberFormatException | DateTimeException ex) {
			// Not a day: no birthday.
		}
	}

}
