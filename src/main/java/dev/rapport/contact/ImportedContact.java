package dev.rapport.contact;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import needs to know about an existing contact to match and refresh it: either
 * one an earlier import created or linked ({@code importKey} set), or a hand-made one
 * with a LinkedIn URL that an import may link to.
 *
 * @param importedCompany what the last import wrote into {@code company}; when the two
 * differ, the user edited the company by hand (same for position)
 * @param version the optimistic-locking version the refresh expects
 */
public record ImportedContact(long id, long version, String importKey, String linkedinUrl, String company,
		String position, String importedCompany, String importedPosition, LocalDate connectedOn) {

	/**
	 * What importing {@code connection} would change here, if anything. Company and
	 * position follow the import only while they still hold what the last import wrote;
	 * names, email, notes, tags and the link stay as the user has them. A known
	 * connection date is never erased.
	 */
	public Optional<ContactImportUpdate> refreshWith(ImportedConnection connection) {
		boolean companyFollowsImport = Objects.equals(this.company, this.importedCompany);
		boolean positionFollowsImport = Objects.equals(this.position, this.importedPosition);
		String newCompany = companyFollowsImport ? connection.company() : this.company;
		String newImportedCompany = companyFollowsImport ? connection.company() : this.importedCompany;
		String newPosition = positionFollowsImport ? connection.position() : this.position;
		String newImportedPosition = positionFollowsImport ? connection.position() : this.importedPosition;
		LocalDate newConnectedOn = (connection.connectedOn() != null) ? connection.connectedOn() : this.connectedOn;
		ContactImportUpdate update = new ContactImportUpdate(this.id, this.version, connection.importKey(), newCompany,
				newPosition, newImportedCompany, newImportedPosition, newConnectedOn);
		boolean unchanged = Objects.equals(this.importKey, update.importKey())
				&& Objects.equals(this.company, newCompany) && Objects.equals(this.position, newPosition)
				&& Objects.equals(this.importedCompany, newImportedCompany)
				&& Objects.equals(this.importedPosition, newImportedPosition)
				&& Objects.equals(this.connectedOn, newConnectedOn);
		return unchanged ? Optional.empty() : Optional.of(update);
	}

}
