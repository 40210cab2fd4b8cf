package dev.rapport.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.importing.backup.BackupWriter;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A commit writes the imported rows, its record and "this upload is done" in one
 * transaction: a commit acknowledged once answers the same record when it is retried, and
 * a commit that fails, whether importing or marking the upload, leaves neither the rows
 * nor a committed upload behind, so it can be tried again. The failure of the mark is
 * forced by a check constraint on this test's owner's uploads: with the mark written
 * after the import's transaction, the rows would stay while the answer was an error (and,
 * after a crash between the two, a retry would find the upload claimed, not committed).
 */
@WebIntegrationTest
class ImportCommitTests {

	@Autowired
	ImportService imports;

	@Autowired
	LinkedInImportService linkedIn;

	@Autowired
	ContactService contacts;

	@Autowired
	AccountService accounts;

	@Autowired
	BackupWriter backups;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PendingImports pendingImports;

	long owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Committer").id();
	}

	@Test
	void anAddressBookCommitRetriedAnswersTheRecordedImportAndWritesNothingMore() {
		String token = this.imports.stage(this.owner, "apple.vcf", fixture("/addressbook/apple-contacts-3.0.vcf"));
		ImportSummary first = this.imports.commit(this.owner, token);
		assertThat(first.created()).isEqualTo(3);
		assertThat(committedRecordOf(token)).isEqualTo(first.id());
		// The content goes after the commit, on a thread of its own.
		this.pendingImports.awaitContentDeletions();
		assertThat(partsOf(token)).isZero();

		assertThat(this.imports.commit(this.owner, token)).isEqualTo(first);
		assertThat(this.contacts.count(this.owner)).isEqualTo(3);
		assertThat(this.imports.history(this.owner)).hasSize(1);
	}

	@Test
	void anAddressBookCommitWhoseUploadCannotBeMarkedWritesNothingAndCanBeRetried() {
		String token = this.imports.stage(this.owner, "apple.vcf", fixture("/addressbook/apple-contacts-3.0.vcf"));
		whileUploadsCannotBeMarkedCommitted(() -> assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.imports.commit(this.owner, token)));
		assertNothingImported();
		assertThat(committedRecordOf(token)).isNull();

		ImportSummary retried = this.imports.commit(this.owner, token);
		assertThat(retried.created()).isEqualTo(3);
		assertThat(committedRecordOf(token)).isEqualTo(retried.id());
		assertThat(this.imports.history(this.owner)).hasSize(1);
	}

	@Test
	void aBackupRestoreWhoseUploadCannotBeMarkedRestoresNothingAndCanBeRetried() {
		long original = TestUsers.signUp(this.accounts, "Original").id();
		this.contacts.create(original, new ContactCommand("Ana", "Lima", "ana@example.com", null, null, null, null,
				null, null, null, null, null, false, Set.of("climbing"), null));
		ByteArrayOutputStream backup = new ByteArrayOutputStream();
		this.backups.write(original, backup);
		String token = this.imports.stage(this.owner, "backup.json", new ByteArrayInputStream(backup.toByteArray()));

		whileUploadsCannotBeMarkedCommitted(() -> assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.imports.commit(this.owner, token)));
		assertNothingImported();

		ImportSummary restored = this.imports.commit(this.owner, token);
		assertThat(restored.format()).isEqualTo(ImportFormat.RAPPORT_BACKUP);
		assertThat(restored.created()).isEqualTo(1);
		assertThat(this.imports.commit(this.owner, token)).isEqualTo(restored);
		assertThat(this.contacts.count(this.owner)).isEqualTo(1);
	}

	@Test
	void anImportInOneRequestWhoseUploadCannotBeMarkedWritesNothing() {
		whileUploadsCannotBeMarkedCommitted(
				() -> assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.imports
					.importFile(this.owner, "apple.vcf", fixture("/addressbook/apple-contacts-3.0.vcf"), false)));
		assertNothingImported();
		assertThat(this.jdbc.queryForObject("select count(*) from pending_import where owner_id = ?", Integer.class,
				this.owner))
			.isZero();
	}

	@Test
	void aLinkedInCommitWhoseUploadCannotBeMarkedWritesNothingAndCanBeRetried() {
		String token = this.linkedIn.stage(this.owner, "Connections.csv", fixture("/linkedin/generation-2024-url.csv"));
		whileUploadsCannotBeMarkedCommitted(() -> assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.imports.commit(this.owner, token)));
		assertNothingImported();

		ImportSummary retried = this.imports.commit(this.owner, token);
		assertThat(retried.created()).isEqualTo(2);
		assertThat(this.imports.commit(this.owner, token)).isEqualTo(retried);
		assertThat(committedRecordOf(token)).isEqualTo(retried.id());
	}

	private void assertNothingImported() {
		assertThat(this.contacts.count(this.owner)).isZero();
		assertThat(this.imports.history(this.owner)).isEmpty();
		assertThat(
				this.jdbc.queryForObject("select count(*) from pending_import where owner_id = ? and (claimed = true "
						+ "or committed_record_id is not null)", Integer.class, this.owner))
			.isZero();
	}

	/**
	 * Runs the action while the database refuses to mark any upload of this test's owner
	 * committed (other owners' rows, committed or not, are untouched by the check).
	 */
	private void whileUploadsCannotBeMarkedCommitted(Runnable action) {
		this.jdbc.execute("alter table pending_import add constraint test_no_commit_" + this.owner
				+ " check (owner_id <> " + this.owner + " or committed_record_id is null)");
		try {
			action.run();
		}
		finally {
			this.jdbc.execute("alter table pending_import drop constraint test_no_commit_" + this.owner);
		}
	}

	private Long committedRecordOf(String token) {
		return this.jdbc.queryForObject("select committed_record_id from pending_import where token = ?", Long.class,
				token);
	}

	private int partsOf(String token) {
		Integer parts = this.jdbc.queryForObject(
				"select count(*) from pending_import_part p "
						+ "join pending_import i on i.id = p.pending_import_id where i.token = ?",
				Integer.class, token);
		return (parts != null) ? parts : 0;
	}

	private static InputStream fixture(String path) {
		try (InputStream in = ImportCommitTests.class.getResourceAsStream(path)) {
			return new ByteArrayInputStream(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
