package dev.rapport.importing;

/**
 * One row of the file as the preview shows it.
 *
 * @param lineNumber where the row starts in the file
 * @param name the name the contact has or will have
 * @param previousCompany for an update, the company before the import (else {@code null})
 * @param previousPosition for an update, the position before the import (else
 * {@code null})
 * @param skipReason for a skipped row, why
 * @param sameAsLine for a duplicate, the line of the row it repeats (else 0)
 */
public record ImportRow(int lineNumber, String name, String company, String position, String previousCompany,
		String previousPosition, SkipReason skipReason, int sameAsLine) {

	/** Why a row of the file does not become or refresh a contact. */
	public enum SkipReason {

		/** LinkedIn blanked the row out: the member hides their connections. */
		HIDDEN_MEMBER,
		/** The same person appeared earlier in the file. */
		DUPLICATE,
		/**
		 * An address-book entry without a name, email, phone or company: nothing to call
		 * the person by.
		 */
		NO_NAME_OR_CONTACT,
		/** A cell is longer than Rapport stores (a name, an email, a URL...). */
		TOO_LONG

	}

}
