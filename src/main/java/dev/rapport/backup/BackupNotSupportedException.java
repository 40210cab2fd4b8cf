package dev.rapport.backup;

/** The database is not the embedded H2 one (PostgreSQL is backed up with pg_dump). */
public class BackupNotSupportedException extends RuntimeException {

	public BackupNotSupportedException(String databaseProduct) {
		super("Rapport backs up its embedded H2 database only; this one is " + databaseProduct
				+ ": back it up with pg_dump (docs/operations.md)");
	}

}
