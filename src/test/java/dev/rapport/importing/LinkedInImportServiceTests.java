package dev.rapport.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactDetails;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ContactSort;
import dev.rapport.contact.ContactSummary;
import dev.rapport.contact.ImportedConnection;
import dev.rapport.importing.ImportRow.SkipReason;
import dev.rapport.importing.linkedin.ConnectionRow;
import dev.rapport.importing.linkedin.ExportGeneration;
import dev.rapport.importing.linkedin.LinkedInCsvMother;
import dev.rapport.importing.linkedin.LinkedInCsvMother.GeneratedExport;
import dev.rapport.importing.linkedin.LinkedInFileException;
import dev.rapport.support.ContactMother;
import dev.rapport.support.NameSortKeys;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@WebIntegrationTest
class LinkedInImportServiceTests {

	static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

	@Autowired
	LinkedInImportService imports;

	@Autowired
	ContactService contacts;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	long owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Importer").id();
	}

	@ParameterizedTest
	@CsvSource({ "generation-2017-tags.csv, WITH_TAGS", "generation-2018-us-dates.csv, SIX_COLUMNS",
			"generation-2019-six-columns.csv, SIX_COLUMNS", "generation-2022-notes.csv, SIX_COLUMNS",
			"generation-2024-url.csv, WITH_URL", "bom-crlf.csv, WITH_URL", "padded-preamble.csv, WITH_URL",
			"international-names.csv, WITH_URL", "quoting.csv, WITH_URL" })
	void previewsEveryGenerationWithoutWriting(String fixture, ExportGeneration generation) {
		ImportPreview preview = this.imports.preview(this.owner, stage(fixture));
		assertThat(preview.generation()).isEqualTo(generation);
		assertThat(preview.created()).isPositive();
		assertThat(preview.updated()).isZero();
		assertThat(preview.unchanged()).isZero();
		assertThat(preview.createdRows()).hasSize(Math.min(preview.created(), ImportPreview.ROWS_SHOWN))
			.allSatisfy(row -> assertThat(row.lineNumber()).isPositive());
		assertThat(this.contacts.count(this.owner)).isZero();
	}

	@Test
	void previewCountsHiddenMembersAsSkippedWithTheirLines() {
		ImportPreview preview = this.imports.preview(this.owner, stage("hidden-members.csv"));
		assertThat(preview.created()).isEqualTo(2);
		assertThat(preview.skipped()).isEqualTo(3);
		assertThat(preview.skippedRows()).extracting(ImportRow::lineNumber).containsExactly(6, 7, 9);
		assertThat(preview.skippedRows()).extracting(ImportRow::skipReason).containsOnly(SkipReason.HIDDEN_MEMBER);
	}

	@Test
	void samePersonTwiceInOneFileIsOneContact() {
		ImportPreview preview = this.imports.preview(this.owner, stage("same-url-twice.csv"));
		assertThat(preview.created()).isEqualTo(1);
		assertThat(preview.skipped()).isEqualTo(1);
		assertThat(preview.skippedRows()).singleElement().satisfies(row -> {
			assertThat(row.skipReason()).isEqualTo(SkipReason.DUPLICATE);
			assertThat(row.sameAsLine()).isEqualTo(5);
			assertThat(row.lineNumber()).isEqualTo(6);
		});
	}

	@Test
	void sameNameDifferentPeopleAreDifferentContacts() {
		String token = stage("same-name-different-people.csv");
		ImportPreview preview = this.imports.preview(this.owner, token);
		assertThat(preview.skipped()).isZero();
		this.imports.commit(this.owner, token);
		assertThat(this.contacts.count(this.owner)).isEqualTo(preview.created());
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
	void previewOfGeneratedExportsCountsEveryRowOnce(long seed) {
		GeneratedExport export = LinkedInCsvMother.randomExport(seed);
		if (export.expectedRows().isEmpty()) {
			return; // a file with only hidden members still previews; covered by the
					// fixtures
		}
		Set<String> people = export.expectedRows()
			.stream()
			.map(ConnectionRow::identityKey)
			.collect(Collectors.toCollection(HashSet::new));
		ImportPreview preview = this.imports.preview(this.owner, stage(export.bytes()));
		assertThat(preview.created()).as(export.description()).isEqualTo(people.size());
		assertThat(preview.skipped()).as(export.description())
			.isEqualTo(export.hiddenMemberLines().size() + export.expectedRows().size() - people.size());
		assertThat(preview.total()).isEqualTo(export.expectedRows().size() + export.hiddenMemberLines().size());
	}

	@Test
	void commitCreatesLinkedInContactsWithConnectionDateAndNoHistory() {
		ImportSummary summary = this.imports.commit(this.owner, stage("generation-2024-url.csv"));
		assertThat(summary)
			.extracting(ImportSummary::created, ImportSummary::updated, ImportSummary::unchanged,
					ImportSummary::skipped)
			.containsExactly(2, 0, 0, 0);
		assertThat(summary.fileName()).isEqualTo("generation-2024-url.csv");
		ContactDetails frances = onlyNamed("Frances Allen");
		assertThat(frances.company()).isEqualTo("IBM");
		assertThat(frances.position()).isEqualTo("Fellow");
		assertThat(frances.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/frances-allen");
		assertThat(frances.connectedOn()).isEqualTo(LocalDate.of(2024, 6, 12));
		assertThat(frances.lastInteractionOn()).isNull();
		assertThat(frances.tags()).isEmpty();
		assertThat(this.jdbc.queryForObject("select source from contact where id = ?", String.class, frances.id()))
			.isEqualTo("LINKEDIN");
		assertThat(this.jdbc.queryForObject("select count(*) from interaction where owner_id = ?", Integer.class,
				this.owner))
			.isZero();
		assertThat(this.imports.history(this.owner)).singleElement().isEqualTo(summary);
		assertThat(NameSortKeys.staleRows(this.jdbc)).isEmpty();
	}

	@Test
	void reimportingTheSameFileChangesNothing() {
		GeneratedExport export = LinkedInCsvMother.randomExport(42);
		ImportSummary first = this.imports.commit(this.owner, stage(export.bytes()));
		List<Map<String, Object>> before = contactRows();

		ImportPreview preview = this.imports.preview(this.owner, stage(export.bytes()));
		assertThat(preview.created()).isZero();
		assertThat(preview.updated()).isZero();
		assertThat(preview.unchanged()).isEqualTo(first.created());
		ImportSummary second = this.imports.commit(this.owner, preview.token());

		assertThat(second)
			.extracting(ImportSummary::created, ImportSummary::updated, ImportSummary::unchanged,
					ImportSummary::skipped)
			.containsExactly(0, 0, first.created(), first.skipped());
		assertThat(contactRows()).isEqualTo(before);
		assertThat(this.imports.history(this.owner)).hasSize(2);
	}

	@Test
	void newerExportProposesTheNewCompanyAndAddsNewPeople() {
		this.imports.commit(this.owner, stageText(HEADER + """
				Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Engineer,01 Feb 2020
				Bo,Chen,https://www.linkedin.com/in/bo-chen,,Globex,Analyst,02 Feb 2020
				"""));
		String newer = HEADER + """
				Ana,Lima,https://www.linkedin.com/in/ana-lima,,Kestrel Labs,Staff Engineer,01 Feb 2020
				Bo,Chen,https://www.linkedin.com/in/bo-chen,,Globex,Analyst,02 Feb 2020
				Cy,Diaz,https://www.linkedin.com/in/cy-diaz,,Initech,CTO,03 Mar 2025
				""";
		ImportPreview preview = this.imports.preview(this.owner, stageText(newer));
		assertThat(preview).extracting(ImportPreview::created, ImportPreview::updated, ImportPreview::unchanged)
			.containsExactly(1, 1, 1);
		assertThat(preview.updatedRows()).singleElement().satisfies(row -> {
			assertThat(row.company()).isEqualTo("Kestrel Labs");
			assertThat(row.previousCompany()).isEqualTo("Acme");
			assertThat(row.previousPosition()).isEqualTo("Engineer");
		});
		this.imports.commit(this.owner, preview.token());
		assertThat(onlyNamed("Ana Lima")).as("a new company waits as a proposed new job")
			.extracting(ContactDetails::company, ContactDetails::position)
			.containsExactly("Acme", "Engineer");
		assertThat(onlyNamed("Cy Diaz").company()).isEqualTo("Initech");
		assertThat(this.contacts.count(this.owner)).isEqualTo(3);
		assertThat(this.imports.preview(this.owner, stageText(newer)))
			.as("the same export again changes nothing and proposes nothing new")
			.extracting(ImportPreview::created, ImportPreview::updated, ImportPreview::unchanged)
			.containsExactly(0, 0, 3);
	}

	@Test
	void neverOverwritesWhatTheUserEditedByHand() {
		this.imports.commit(this.owner, stageText(HEADER + """
				Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Engineer,01 Feb 2020
				"""));
		ContactDetails ana = onlyNamed("Ana Lima");
		this.contacts.update(this.owner, ana.id(),
				new ContactCommand("Ana Maria", "Lima", "ana@example.com", null, "Acme Robotics", "Engineer", null,
						ana.linkedinUrl(), null, "Met at PyCon", null, null, false, Set.of("friend", "climbing"),
						ana.version()));

		ImportSummary summary = this.imports.commit(this.owner, stageText(HEADER + """
				Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme Corp,Principal Engineer,01 Feb 2020
				"""));

		assertThat(summary.updated()).isEqualTo(1);
		ContactDetails after = this.contacts.get(this.owner, ana.id());
		assertThat(after.displayName()).isEqualTo("Ana Maria Lima");
		assertThat(after.company()).as("edited by hand").isEqualTo("Acme Robotics");
		assertThat(after.position()).as("still as imported").isEqualTo("Principal Engineer");
		assertThat(after.email()).isEqualTo("ana@example.com");
		assertThat(after.notes()).isEqualTo("Met at PyCon");
		assertThat(after.tags()).containsExactly("climbing", "friend");
	}

	@Test
	void linksAHandMadeContactWithTheSameProfileUrlInsteadOfDuplicatingIt() {
		long ana = this.contacts.create(this.owner, new ContactCommand("Ana", "Lima", null, null, "Acme", null, null,
				"linkedin.com/in/Ana-Lima/", null, "Old friend", null, null, false, Set.of(), null));

		ImportPreview preview = this.imports.preview(this.owner, stageText(HEADER + """
				Ana,Lima,https://www.linkedin.com/in/ana-lima,,Kestrel Labs,Engineer,01 Feb 2020
				"""));
		assertThat(preview).extracting(ImportPreview::created, ImportPreview::updated).containsExactly(0, 1);
		this.imports.commit(this.owner, preview.token());

		assertThat(this.contacts.count(this.owner)).isEqualTo(1);
		ContactDetails linked = this.contacts.get(this.owner, ana);
		assertThat(linked.company()).as("typed by hand").isEqualTo("Acme");
		assertThat(linked.position()).as("was empty").isEqualTo("Engineer");
		assertThat(linked.connectedOn()).isEqualTo(LocalDate.of(2020, 2, 1));
		assertThat(linked.notes()).isEqualTo("Old friend");
		assertThat(this.jdbc.queryForObject("select import_key from contact where id = ?", String.class, ana))
			.isEqualTo("url:https://www.linkedin.com/in/ana-lima");
	}

	@Test
	void committingTheSameTokenTwiceImportsOnce() {
		String token = stage("generation-2024-url.csv");
		ImportSummary first = this.imports.commit(this.owner, token);
		ImportSummary second = this.imports.commit(this.owner, token);
		assertThat(second).isEqualTo(first);
		assertThat(this.contacts.count(this.owner)).isEqualTo(2);
		assertThat(this.imports.history(this.owner)).hasSize(1);
	}

	@Test
	void twoUploadsOfOneFileCommittedBothCreateEachPersonOnce() {
		String first = stage("generation-2024-url.csv");
		String second = stage("generation-2024-url.csv");
		this.imports.commit(this.owner, first);
		assertThat(this.imports.commit(this.owner, second).unchanged()).isEqualTo(2);
		assertThat(this.contacts.count(this.owner)).isEqualTo(2);
	}

	@Test
	void databaseRefusesASecondContactWithTheSameImportKey() {
		this.imports.commit(this.owner, stageText(HEADER + "Ana,Lima,https://www.linkedin.com/in/ana-lima,,,,\n"));
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.contacts
			.importConnections(this.owner, List.of(new ImportedConnection("url:https://www.linkedin.com/in/ana-lima",
					"Ana", null, null, null, null, null, null)), List.of()));
	}

	@ParameterizedTest
	@CsvSource({ "google-contacts.csv, NOT_A_LINKEDIN_EXPORT", "unclosed-quote.csv, MALFORMED_CSV",
			"empty.csv, EMPTY_FILE", "unreadable-date.csv, INVALID_DATE" })
	void rejectedFilesWriteNothingAndAreDiscarded(String fixture, LinkedInFileException.Reason reason) {
		String token = stage(fixture);
		assertThatExceptionOfType(LinkedInFileException.class).isThrownBy(() -> this.imports.preview(this.owner, token))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(reason));
		assertThatExceptionOfType(PendingImportNotFoundException.class)
			.isThrownBy(() -> this.imports.commit(this.owner, token));
		assertThat(this.contacts.count(this.owner)).isZero();
		assertThat(this.imports.history(this.owner)).isEmpty();
	}

	@Test
	void commitOfABrokenFileRollsBackRowsAlreadyWritten() {
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < ImportRun.CHUNK + 10; i++) {
			file.append("P").append(i).append(",X,https://www.linkedin.com/in/p-").append(i).append(",,,,\n");
		}
		file.append("Broken,\"Quote,https://www.linkedin.com/in/broken,,,,\n");
		String token = stageText(file.toString());
		assertThatExceptionOfType(LinkedInFileException.class).isThrownBy(() -> this.imports.commit(this.owner, token));
		assertThat(this.contacts.count(this.owner)).isZero();
		assertThat(this.imports.history(this.owner)).isEmpty();
	}

	@Test
	void anotherUsersTokenIsUnknown() {
		String token = stage("generation-2024-url.csv");
		long other = TestUsers.signUp(this.accounts, "Other").id();
		assertThatExceptionOfType(PendingImportNotFoundException.class)
			.isThrownBy(() -> this.imports.preview(other, token));
		assertThatExceptionOfType(PendingImportNotFoundException.class)
			.isThrownBy(() -> this.imports.commit(other, token));
		assertThat(this.imports.preview(this.owner, token).created()).isEqualTo(2);
	}

	@Test
	void refusesFilesAboveTheSizeLimit() {
		byte[] tooLarge = new byte[(int) this.imports.limits().maxFileSize().toBytes() + 1];
		assertThatExceptionOfType(UploadTooLargeException.class)
			.isThrownBy(() -> this.imports.stage(this.owner, "big.csv", new ByteArrayInputStream(tooLarge)));
	}

	@Test
	void importedWithoutHistoryListsOnlyImportedPeopleNothingIsLoggedWith() {
		this.contacts.create(this.owner, ContactMother.named("Hand", "Made"));
		this.imports.commit(this.owner, stageText(HEADER + """
				Ana,Lima,https://www.linkedin.com/in/ana-lima,,,,01 Feb 2020
				Bo,Chen,https://www.linkedin.com/in/bo-chen,,,,01 Feb 2020
				"""));
		long bo = onlyNamed("Bo Chen").id();
		this.contacts.recordLastInteraction(this.owner, bo, LocalDate.of(2026, 11, 1));
		ContactQuery query = new ContactQuery(null, null, false, ContactSort.NAME, null, true);
		assertThat(this.contacts.list(TestUsers.owner(this.owner), query, PageRequest.of(0, 10)).getContent())
			.extracting(ContactSummary::displayName)
			.containsExactly("Ana Lima");
	}

	private ContactDetails onlyNamed(String name) {
		List<ContactSummary> found = this.contacts
			.list(TestUsers.owner(this.owner), new ContactQuery(name, null, false, ContactSort.NAME),
					PageRequest.of(0, 10))
			.getContent();
		assertThat(found).hasSize(1);
		return this.contacts.get(this.owner, found.get(0).id());
	}

	private List<Map<String, Object>> contactRows() {
		return this.jdbc.queryForList("select * from contact where owner_id = ? order by id", this.owner);
	}

	private String stage(String fixture) {
		try (InputStream in = getClass().getResourceAsStream("/linkedin/" + fixture)) {
			return this.imports.stage(this.owner, fixture, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String stage(byte[] bytes) {
		return this.imports.stage(this.owner, "Connections.csv", new ByteArrayInputStream(bytes));
	}

	private String stageText(String csv) {
		return stage(csv.getBytes(StandardCharsets.UTF_8));
	}

}
