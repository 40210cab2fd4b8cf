package dev.rapport.contact;

/**
 * Phone numbers as address books write them ("+49 30 1234-567", "(030) 1234567"):
 * compared by their digits, with a leading plus kept, since the same number is formatted
 * differently everywhere.
 */
public final class PhoneNumbers {

	private PhoneNumbers() {
	}

	/**
	 * The number's digits (with a leading {@code +} if it has one), or "" when it has
	 * none.
	 */
	public static String matchKey(String phone) {
		if (phone == null) {
			return "";
		}
		StringBuilder digits = new StringBuilder();
		String trimmed = phone.strip();
		if (trimmed.startsWith("+")) {
			digits.append('+');
		}
		else if (trimmed.startsWith("00")) {
			digits.append('+');
			trimmed = trimmed.substring(2);
		}
		trimmed.codePoints().filter(Character::isDigit).map(Character::getNumericValue).forEach(digits::append);
		return digits.length() <= 1 ? "" : digits.toString();
	}

}
