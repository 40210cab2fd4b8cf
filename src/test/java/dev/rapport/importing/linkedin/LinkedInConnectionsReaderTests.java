package dev.rapport.importing.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import dev.rapport.importing.linkedin.LinkedInCsvMother.GeneratedExport;
import dev.rapport.importing.linkedin.LinkedInFileException.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LinkedInConnectionsReaderTests {

	private static final String NOTES = """
			Notes:
			"When exporting your connection data, you may notice that some of the email addresses are missing."

			""";

	private static final String URL_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

	private final LinkedInConnectionsReader reader = new LinkedInConnectionsReader(
			LinkedInConnectionsReader.LINKEDIN_ROW_CAP);

	private final List<ConnectionRow> rows = new ArrayList<>();

	@Nested
	class Generations {

		@Test
		void reads2017ExportWithTagsAndUsDates() throws IOException {
			ConnectionsFileSummary summary = readFixture("generation-2017-tags.csv");

			assertThat(summary.generation()).isEqualTo(ExportGeneration.WITH_TAGS);
			assertThat(summary.headerLine()).isEqualTo(1);
			assertThat(rows).containsExactly(
					new ConnectionRow(2, "Ada", "Lovelace", null, "ada@example.com", "Analytical Engines", "Programmer",
							LocalDate.of(2016, 9, 21)),
					new ConnectionRow(3, "Charles", "Babbage", null, null, "Difference Engines, Ltd.", "Inventor",
							LocalDate.of(2016, 12, 1)));
		}

		@Test
		void reads2018ExportWithUsDatesAndMemberUrnInsteadOfEmail() throws IOException {
			ConnectionsFileSummary summary = readFixture("generation-2018-us-dates.csv");

			assertThat(summary.generation()).isEqualTo(ExportGeneration.SIX_COLUMNS);
			assertThat(rows).containsExactly(
					new ConnectionRow(2, "Grace", "Hopper", null, null, "US Navy", "Rear Admiral",
							LocalDate.of(2018, 1, 8)),
					new ConnectionRow(3, "Alan", "Turing", null, "alan@example.org", "National Physical Laboratory",
							"Researcher", LocalDate.of(2018, 2, 28)));
		}

		@Test
		void reads2019ExportWithDayMonthYearDates() throws IOException {
			ConnectionsFileSummary summary = readFixture("generation-2019-six-columns.csv");

			assertThat(summary.generation()).isEqualTo(ExportGeneration.SIX_COLUMNS);
			assertThat(rows).extracting(ConnectionRow::lastName, ConnectionRow::connectedOn)
				.containsExactly(tuple("Hamilton", LocalDate.of(2018, 11, 20)),
						tuple("Johnson", LocalDate.of(2019, 1, 3)));
		}

		@Test
		void finds2022HeaderAfterNotesBlock() throws IOException {
			ConnectionsFileSummary summary = readFixture("generation-2022-notes.csv");

			assertThat(summary.generation()).isEqualTo(ExportGeneration.SIX_COLUMNS);
			assertThat(summary.headerLine()).isEqualTo(4);
			assertThat(rows).extracting(ConnectionRow::lineNumber, ConnectionRow::lastName)
				.containsExactly(tuple(5, "Perlman"), tuple(7, "Liskov"));
			assertThat(summary.hiddenMemberLines()).containsExactly(6);
		}

		@Test
		void reads2024ExportWithProfileUrls() throws IOException {
			ConnectionsFileSummary summary = readFixture("generation-2024-url.csv");

			assertThat(summary.generation()).isEqualTo(ExportGeneration.WITH_URL);
			assertThat(rows).containsExactly(
					new ConnectionRow(5, "Frances", "Allen", "https://www.linkedin.com/in/frances-allen", null, "IBM",
							"Fellow", LocalDate.of(2024, 6, 12)),
					new ConnectionRow(6, "Donald", "Knuth", "https://www.linkedin.com/in/don-knuth-0a1b2c", null,
							"Stanford University", "Professor Emeritus", LocalDate.of(2024, 1, 2)));
		}

		@Test
		void mapsColumnsByLabelNotByPosition() throws IOException {
			readText("Connected On,Company,Last Name,First Name,Position,Email Address,URL\n"
					+ "01 Feb 2024,Acme,Doe,Jane,Engineer,jane@example.com,https://www.linkedin.com/in/jane\n");

			assertThat(rows).containsExactly(new ConnectionRow(2, "Jane", "Doe", "https://www.linkedin.com/in/jane",
					"jane@example.com", "Acme", "Engineer", LocalDate.of(2024, 2, 1)));
		}

		@Test
		void acceptsHeaderWithoutRows() throws IOException {
			ConnectionsFileSummary summary = readText(NOTES + URL_HEADER);

			assertThat(summary.connectionsRead()).isZero();
			assertThat(rows).isEmpty();
		}

	}

	@Nested
	class Quirks {

		@Test
		void findsHeaderAfterSpreadsheetPaddedNotesAndSkipsPaddingRows() throws IOException {
			ConnectionsFileSummary summary = readFixture("padded-preamble.csv");

			assertThat(summary.headerLine()).isEqualTo(4);
			assertThat(summary.hiddenMembersSkipped()).isZero();
			assertThat(rows).extracting(ConnectionRow::lineNumber, ConnectionRow::connectedOn)
				.containsExactly(tuple(5, LocalDate.of(2023, 9, 9)), tuple(6, LocalDate.of(2022, 3, 15)));
		}

		@Test
		void stripsByteOrderMarkAndReadsCrlf() throws IOException {
			ConnectionsFileSummary summary = readFixture("bom-crlf.csv");

			assertThat(summary.generation()).isEqualTo(ExportGeneration.WITH_URL);
			assertThat(rows).containsExactly(
					new ConnectionRow(5, "Annie", "Easley", "https://www.linkedin.com/in/annie-easley", null, "NASA",
							"Rocket Scientist", LocalDate.of(2023, 4, 1)),
					new ConnectionRow(6, "Mary", "Jackson", "https://www.linkedin.com/in/mary-jackson", null, "NASA",
							"Engineer", LocalDate.of(2023, 7, 19)));
		}

		@Test
		void stripsByteOrderMarkBeforeHeaderOnFirstLine() throws IOException {
			byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
			byte[] text = (URL_HEADER + "Jane,Doe,,,,,01 Feb 2024").getBytes(StandardCharsets.UTF_8);
			byte[] file = new byte[bom.length + text.length];
			System.arraycopy(bom, 0, file, 0, bom.length);
			System.arraycopy(text, 0, file, bom.length, text.length);

			assertThat(readBytes(file).headerLine()).isEqualTo(1);
			assertThat(rows).extracting(ConnectionRow::firstName).containsExactly("Jane");
		}

		@Test
		void readsQuotedCommasDoubledQuotesAndLineBreaks() throws IOException {
			readFixture("quoting.csv");

			assertThat(rows)
				.extracting(ConnectionRow::lineNumber, ConnectionRow::firstName, ConnectionRow::lastName,
						ConnectionRow::company, ConnectionRow::position)
				.containsExactly(
						tuple(5, "Robert", "Smith, Jr.", "Kestrel Labs, Inc.", "CTO"), tuple(6, "Robert \"Bobby\"",
								"Tables", "Little \"Bobby\" Tables, LLC", "Head of Data\nand Databases"),
						tuple(8, "Susan", "Kare", "Kare Design", "Designer"));
		}

		@Test
		void trimsSpacesAroundEveryValue() throws IOException {
			readFixture("spaces-around-values.csv");

			assertThat(rows)
				.containsExactly(new ConnectionRow(5, "Lynn", "Conway", "https://www.linkedin.com/in/lynn-conway", null,
						"Xerox PARC", "Researcher", LocalDate.of(2024, 4, 4)));
		}

		@Test
		void skipsAndCountsHiddenMembers() throws IOException {
			ConnectionsFileSummary summary = readFixture("hidden-members.csv");

			assertThat(summary.connectionsRead()).isEqualTo(2);
			assertThat(summary.hiddenMemberLines()).containsExactly(6, 7, 9);
			assertThat(rows).extracting(ConnectionRow::lastName).containsExactly("Sammet", "Goldberg");
		}

		@Test
		void keepsInternationalNamesExactlyButComposed() throws IOException {
			readFixture("international-names.csv");

			assertThat(rows).extracting(ConnectionRow::firstName, ConnectionRow::lastName, ConnectionRow::profileUrl)
				.containsExactly(
						tuple("\uD83D\uDE80 Rocket", "Science \uD83D\uDC69\u200D\uD83D\uDCBB",
								"https://www.linkedin.com/in/rocket"),
						tuple("\uD835\uDC01\uD835\uDC28\uD835\uDC25\uD835\uDC1D", "Name",
								"https://www.linkedin.com/in/bold-name"),
						tuple("小明", "王", "https://www.linkedin.com/in/王小明"),
						tuple("محمد", "العلي", "https://www.linkedin.com/in/mohammed-alali"),
						tuple("נועה", "כהן", "https://www.linkedin.com/in/noa-cohen"),
						tuple("Jos\u00E9", "García", "https://www.linkedin.com/in/josé-garcía"),
						tuple("Prince", ".", "https://www.linkedin.com/in/prince"));
			assertThat(rows.get(2).company()).isEqualTo("腾讯");
		}

		@Test
		void readsLeapDaysSeptemberAndSpreadsheetDates() throws IOException {
			readFixture("calendar-dates.csv");

			assertThat(rows).extracting(ConnectionRow::connectedOn)
				.containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2021, 9, 30), LocalDate.of(2020, 9, 1),
						LocalDate.of(2019, 9, 5), LocalDate.of(2016, 2, 29), null);
		}

		@Test
		void keepsSameNamedPeopleApart() throws IOException {
			readFixture("same-name-different-people.csv");

			assertThat(rows).hasSize(4);
			assertThat(rows).extracting(ConnectionRow::identityKey).doesNotHaveDuplicates();
		}

		@Test
		void givesSameProfileInAnotherSpellingTheSameIdentity() throws IOException {
			readFixture("same-url-twice.csv");

			assertThat(rows).extracting(ConnectionRow::profileUrl).containsOnly("https://www.linkedin.com/in/jane-doe");
			assertThat(rows.get(0).identityKey()).isEqualTo(rows.get(1).identityKey());
		}

		@Test
		void acceptsExactlyTheRowLimitCountingHiddenMembers() throws IOException {
			LinkedInConnectionsReader limited = new LinkedInConnectionsReader(3);
			String file = URL_HEADER + "A,One,,,,,01 Feb 2024\n,,,,,,01 Feb 2024\nC,Three,,,,,01 Feb 2024\n";

			ConnectionsFileSummary summary = limited.read(utf8(file), rows::add);

			assertThat(summary.connectionsRead()).isEqualTo(2);
			assertThat(summary.hiddenMembersSkipped()).isEqualTo(1);
		}

	}

	@Nested
	class GeneratedExports {

		@ParameterizedTest(name = "{0}")
		@MethodSource("dev.rapport.importing.linkedin.LinkedInConnectionsReaderTests#randomExports")
		void recoversExactlyTheGeneratedRows(GeneratedExport export) throws IOException {
			ConnectionsFileSummary summary = readBytes(export.bytes());

			assertThat(rows).containsExactlyElementsOf(export.expectedRows());
			assertThat(summary.hiddenMemberLines()).containsExactlyElementsOf(export.hiddenMemberLines());
			assertThat(summary.connectionsRead()).isEqualTo(export.expectedRows().size());
			assertThat(summary.generation()).isEqualTo(export.generation());
			assertThat(summary.headerLine()).isEqualTo(export.headerLine());
		}

		@Test
		void readsLinkedInsMaximumOfThirtyThousandConnections(@TempDir Path directory) throws IOException {
			Path file = directory.resolve("Connections.csv");
			Files.write(file, LinkedInCsvMother.largeExport(30_000, 30_000).bytes());
			AtomicInteger delivered = new AtomicInteger();

			ConnectionsFileSummary summary;
			try (InputStream in = Files.newInputStream(file)) {
				summary = reader.read(in, (row) -> delivered.incrementAndGet());
			}

			assertThat(summary.connectionsRead()).isEqualTo(30_000);
			assertThat(delivered).hasValue(30_000);
		}

	}

	@Nested
	class Rejections {

		@Test
		void rejectsEmptyFile() {
			assertRejected(() -> readFixture("empty.csv"), Reason.EMPTY_FILE, null, "The file is empty");
		}

		@Test
		void rejectsFileOfBlankLinesAsEmpty() {
			assertRejected(() -> readText("\uFEFF\n\r\n\n"), Reason.EMPTY_FILE, null, "The file is empty");
		}

		@Test
		void rejectsOtherContactsExportNamingItsHeaderAndTheExpectedOnes() {
			assertRejected(() -> readFixture("google-contacts.csv"), Reason.NOT_A_LINKEDIN_EXPORT, 1,
					"not a LinkedIn connections export", "the header at line 1 is \"First Name,Middle Name,Last Name",
					"First Name,Last Name,URL,Email Address,Company,Position,Connected On",
					"First Name,Last Name,Email Address,Company,Position,Connected On");
		}

		@Test
		void rejectsCsvWithoutHeaderInFirstTenRecords() {
			String file = "a,b\n".repeat(10) + URL_HEADER + "Jane,Doe,,,,,01 Feb 2024\n";

			assertRejected(() -> readText(file), Reason.NOT_A_LINKEDIN_EXPORT, null, "first 10 lines",
					"Expected LinkedIn's header \"First Name,Last Name,URL,Email Address,Company,Position,Connected On\"",
					"First Name,Last Name,Email Address,Company,Position,Connected On,Tags");
		}

		@Test
		void rejectsQuoteLeftOpenAtTheEnd() {
			assertRejected(() -> readFixture("unclosed-quote.csv"), Reason.MALFORMED_CSV, 6, "not valid CSV at line 6",
					"unclosed quoted field");
		}

		@Test
		void rejectsTextAfterClosingQuote() {
			String file = URL_HEADER + "Jane,Doe,,,\"Acme\" Inc,,01 Feb 2024\n";

			assertRejected(() -> readText(file), Reason.MALFORMED_CSV, 2, "not valid CSV at line 2");
		}

		@Test
		void rejectsNulBytesAsBinaryData() {
			String file = URL_HEADER + "Jane,Doe,,,,,01 Feb 2024\nJo\0hn,Doe,,,,,01 Feb 2024\n";

			assertRejected(() -> readText(file), Reason.BINARY_DATA, 3, "binary data at line 3");
		}

		@Test
		void rejectsPngImageAsBinaryData() {
			byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0,
					1, 0 };

			assertRejected(() -> readBytes(png), Reason.BINARY_DATA, 1, "binary data", "extract the file first");
		}

		@Test
		void rejectsZipArchiveAsBinaryData() {
			byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };

			assertRejected(() -> readBytes(zip), Reason.BINARY_DATA, 1, "binary data", ".zip archive");
		}

		@Test
		void rejectsWindows1252TextAsInvalidUtf8WithItsLine() {
			byte[] file = (URL_HEADER + "Jane,Doe,,,,,01 Feb 2024\nJ\u00FCrgen,M\u00FCller,,,,,01 Feb 2024\n")
				.getBytes(StandardCharsets.ISO_8859_1);

			assertRejected(() -> readBytes(file), Reason.NOT_UTF8, 3, "not UTF-8 text: line 3", "CSV UTF-8");
		}

		@Test
		void rejectsInvalidUtf8FarIntoTheFileWithItsLine() {
			StringBuilder text = new StringBuilder(URL_HEADER);
			for (int i = 0; i < 500; i++) {
				text.append("Jane,Doe,,,Acme Corporation,Engineer,01 Feb 2024\n");
			}
			byte[] valid = text.toString().getBytes(StandardCharsets.UTF_8);
			byte[] file = new byte[valid.length + 2];
			System.arraycopy(valid, 0, file, 0, valid.length);
			file[valid.length] = (byte) 0xC3; // a lead byte followed by a
												// non-continuation byte
			file[valid.length + 1] = 'x';

			assertRejected(() -> readBytes(file), Reason.NOT_UTF8, 502, "line 502");
		}

		@Test
		void rejectsUtf16AsNotUtf8() {
			byte[] file = ("\uFEFF" + URL_HEADER).getBytes(StandardCharsets.UTF_16LE);

			assertRejected(() -> readBytes(file), Reason.NOT_UTF8, 1, "not UTF-8 text");
		}

		@Test
		void rejectsUnreadableDateWithLineAndExpectedForms() {
			assertRejected(() -> readFixture("unreadable-date.csv"), Reason.INVALID_DATE, 6,
					"Line 6 has the connection date \"20.11.2018\"", "\"20 Nov 2018\"", "\"1/8/18, 6:14 PM\"",
					"\"20-Nov-18\"");
		}

		@Test
		void rejectsImpossibleDate() {
			String file = URL_HEADER + "Jane,Doe,,,,,31 Feb 2024\n";

			assertRejected(() -> readText(file), Reason.INVALID_DATE, 2, "\"31 Feb 2024\"");
		}

		@Test
		void rejectsRowWithMissingValues() {
			String file = URL_HEADER + "Jane,Doe,,,,,01 Feb 2024\nJohn,Doe,01 Feb 2024\n";

			assertRejected(() -> readText(file), Reason.WRONG_FIELD_COUNT, 3, "Line 3 has 3 values", "header has 7");
		}

		@Test
		void rejectsRowWithUnquotedCommaInAValue() {
			String file = URL_HEADER + "Jane,Doe,,,Acme, Inc.,Engineer,01 Feb 2024\n";

			assertRejected(() -> readText(file), Reason.WRONG_FIELD_COUNT, 2, "Line 2 has 8 values",
					"must be in quotes");
		}

		@Test
		void rejectsMoreRowsThanTheLimit() {
			LinkedInConnectionsReader limited = new LinkedInConnectionsReader(2);
			String file = NOTES + URL_HEADER + "A,One,,,,,01 Feb 2024\n,,,,,,01 Feb 2024\nC,Three,,,,,01 Feb 2024\n";

			assertRejected(() -> limited.read(utf8(file), rows::add), Reason.TOO_MANY_ROWS, 7,
					"more than 2 connections (line 7");
		}

		@Test
		void refusesRowLimitBelowOne() {
			assertThatIllegalArgumentException().isThrownBy(() -> new LinkedInConnectionsReader(0));
		}

		private void assertRejected(ThrowingCallable reading, Reason reason, Integer line, String... messageParts) {
			assertThatExceptionOfType(LinkedInFileException.class).isThrownBy(reading).satisfies((rejection) -> {
				assertThat(rejection.reason()).isEqualTo(reason);
				if (line == null) {
					assertThat(rejection.lineNumber()).isEmpty();
				}
				else {
					assertThat(rejection.lineNumber()).hasValue(line);
				}
				assertThat(rejection.getMessage()).contains(messageParts);
			});
		}

	}

	static Stream<GeneratedExport> randomExports() {
		return LongStream.range(0, 400).mapToObj(LinkedInCsvMother::randomExport);
	}

	private ConnectionsFileSummary readFixture(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/linkedin/" + name)) {
			assertThat(in).as("fixture %s", name).isNotNull();
			return this.reader.read(in, this.rows::add);
		}
	}

	private ConnectionsFileSummary readText(String text) throws IOException {
		return this.reader.read(utf8(text), this.rows::add);
	}

	private ConnectionsFileSummary readBytes(byte[] bytes) throws IOException {
		return this.reader.read(new ByteArrayInputStream(bytes), this.rows::add);
	}

	private static InputStream utf8(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
