package dev.rapport.importing.linkedin;

import static dev.rapport.importing.linkedin.ConnectionColumn.COMPANY;
import static dev.rapport.importing.linkedin.ConnectionColumn.CONNECTED_ON;
import static dev.rapport.importing.linkedin.ConnectionColumn.EMAIL_ADDRESS;
import static dev.rapport.importing.linkedin.ConnectionColumn.FIRST_NAME;
import static dev.rapport.importing.linkedin.ConnectionColumn.LAST_NAME;
import static dev.rapport.importing.linkedin.ConnectionColumn.POSITION;
import static dev.rapport.importing.linkedin.ConnectionColumn.URL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.jspecify.annotations.Nullable;

/**
 * Reads LinkedIn's {@code Connections.csv} of any generation as a stream: one record in
 * memory at a time, so LinkedIn's cap of 30,000 rows needs no more memory than ten.
 * <p>
 * The reader is strict about the file and lenient about rows. A file that is not a
 * readable LinkedIn export is rejected as a whole with a {@link LinkedInFileException};
 * rows LinkedIn blanks out for hidden members are skipped and counted. Because rows reach
 * the sink before the end of the file is checked, a caller must treat everything the sink
 * received as void when {@code read} throws.
 */
public final class LinkedInConnectionsReader {

	/** How many connections LinkedIn exports at most. */
	public static final int LINKEDIN_ROW_CAP = 30_000;

	/**
	 * The header follows at most a short Notes block; searching further would accept any
	 * CSV.
	 */
	private static final int RECORDS_SEARCHED_FOR_HEADER = 10;

	private static final int HEADER_SHOWN_IN_MESSAGES = 120;

	/**
	 * FastCSV puts the line into its messages only, e.g. "... (record starting at line
	 * 12)".
	 */
	private static final Pattern CSV_PROBLEM = Pattern.compile("(?<problem>.*?)\\s*\\(.*?line (?<line>\\d+)\\)\\s*");

	private final int rowLimit;

	/**
	 * @param rowLimit how many rows (hidden members included) a file may have before it
	 * is rejected
	 */
	public LinkedInConnectionsReader(int rowLimit) {
		if (rowLimit < 1) {
			throw new IllegalArgumentException("The row limit must be positive, not " + rowLimit);
		}
		this.rowLimit = rowLimit;
	}

	/**
	 * Reads every connection of the file into {@code sink}, in file order. The caller
	 * owns and closes the stream.
	 * @throws LinkedInFileException when the file is not a readable LinkedIn connections
	 * export
	 * @throws IOException when reading the stream itself fails
	 */
	public ConnectionsFileSummary read(InputStream in, Consumer<ConnectionRow> sink) throws IOException {
		CsvReader<CsvRecord> csv = CsvReader.builder()
			// The Notes block, the header and the rows all have different widths; rows
			// are checked
			// against the header below.
			.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			.allowUnclosedQuote(false)
			.trimWhitespacesAroundQuotes(true)
			.ofCsvRecord(new StrictTextReader(in));
		Records records = new Records(csv.iterator());
		LocatedHeader header = findHeader(records);
		HeaderLayout layout = header.layout();
		int connections = 0;
		List<Integer> hiddenMemberLines = new ArrayList<>();
		for (CsvRecord record = records.next(); record != null; record = records.next()) {
			List<String> fields = record.getFields();
			if (fields.stream().allMatch(String::isBlank)) {
				continue; // spreadsheet padding, not a row of LinkedIn's
			}
			int line = lineOf(record);
			checkWidth(layout, fields, line);
			if (connections + hiddenMemberLines.size() == this.rowLimit) {
				throw LinkedInFileException.tooManyRows(line, this.rowLimit);
			}
			if (isHiddenMember(layout, fields)) {
				hiddenMemberLines.add(line);
			}
			else {
				sink.accept(toRow(layout, fields, line));
				connections++;
			}
		}
		return new ConnectionsFileSummary(layout.generation(), header.line(), connections, hiddenMemberLines);
	}

	private static LocatedHeader findHeader(Records records) throws IOException {
		@Nullable CsvRecord firstLookalike = null;
		int searched = 0;
		for (CsvRecord record = records.next(); record != null; record = records.next()) {
			Optional<HeaderLayout> layout = HeaderLayout.recognise(record.getFields());
			if (layout.isPresent()) {
				return new LocatedHeader(layout.get(), lineOf(record));
			}
			if (firstLookalike == null && looksLikeAHeader(record)) {
				firstLookalike = record;
			}
			if (++searched == RECORDS_SEARCHED_FOR_HEADER) {
				break;
			}
		}
		if (searched == 0) {
			throw LinkedInFileException.emptyFile();
		}
		if (firstLookalike != null) {
			throw LinkedInFileException.unknownHeader(lineOf(firstLookalike), shown(firstLookalike));
		}
		throw LinkedInFileException.notALinkedInExport(searched);
	}

	/**
	 * Another tool's contacts export names people's columns too; saying which header it
	 * has helps.
	 */
	private static boolean looksLikeAHeader(CsvRecord record) {
		return record.getFields().stream().anyMatch((cell) -> cell.strip().equalsIgnoreCase(FIRST_NAME.label()));
	}

	private static String shown(CsvRecord header) {
		String text = String.join(",", header.getFields()).strip();
		return (text.length() <= HEADER_SHOWN_IN_MESSAGES) ? text : text.substring(0, HEADER_SHOWN_IN_MESSAGES) + "…";
	}

	/**
	 * Missing values or extra non-empty ones mean an unquoted comma or a lost quote: data
	 * would shift.
	 */
	private static void checkWidth(HeaderLayout layout, List<String> fields, int line) {
		boolean extraValues = fields.stream().skip(layout.width()).anyMatch((field) -> !field.isBlank());
		if (fields.size() < layout.width() || extraValues) {
			throw LinkedInFileException.wrongFieldCount(line, fields.size(), layout.width());
		}
	}

	/** LinkedIn blanks out members who hide their connections, leaving only the date. */
	private static boolean isHiddenMember(HeaderLayout layout, List<String> fields) {
		return Stream.of(FIRST_NAME, LAST_NAME, URL, EMAIL_ADDRESS, COMPANY, POSITION)
			.allMatch((column) -> layout.valueOf(column, fields).isEmpty());
	}

	private static ConnectionRow toRow(HeaderLayout layout, List<String> fields, int line) {
		return new ConnectionRow(line, text(layout.valueOf(FIRST_NAME, fields)),
				text(layout.valueOf(LAST_NAME, fields)), ProfileUrls.normalise(layout.valueOf(URL, fields)),
				EmailAddresses.plausibleOrNull(layout.valueOf(EMAIL_ADDRESS, fields)),
				text(layout.valueOf(COMPANY, fields)), text(layout.valueOf(POSITION, fields)),
				connectedOn(layout.valueOf(CONNECTED_ON, fields), line));
	}

	/**
	 * NFC, so a name typed with decomposed accents equals the same name typed composed.
	 */
	private static String text(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFC);
	}

	/**
	 * An unreadable date rejects the file: LinkedIn always writes valid dates, so one
	 * that cannot be read means the file was altered (typically a spreadsheet re-save in
	 * another locale), and the same damage is then in every row.
	 */
	private static @Nullable LocalDate connectedOn(String value, int line) {
		try {
			return ConnectedOnDates.parse(value).orElse(null);
		}
		catch (DateTimeParseException ex) {
			throw LinkedInFileException.invalidDate(line, value);
		}
	}

	private static int lineOf(CsvRecord record) {
		return Math.toIntExact(record.getStartingLineNumber());
	}

	private record LocatedHeader(HeaderLayout layout, int line) {
	}

	/** FastCSV's iterator, with its parse errors turned into rejections of the file. */
	private static final class Records {

		private final Iterator<CsvRecord> iterator;

		private Records(Iterator<CsvRecord> iterator) {
			this.iterator = iterator;
		}

		/** The next record, or {@code null} at the end of the file. */
		@Nullable CsvRecord next() throws IOException {
			try {
				return this.iterator.hasNext() ? this.iterator.next() : null;
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			catch (CsvParseException ex) {
				throw rejection(ex);
			}
		}

		private static LinkedInFileException rejection(CsvParseException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof LinkedInFileException rejection) {
					return rejection;
				}
			}
			String message = String.valueOf(ex.getMessage());
			Matcher matcher = CSV_PROBLEM.matcher(message);
			if (!matcher.matches()) {
				return LinkedInFileException.malformedCsv(message);
			}
			return LinkedInFileException.malformedCsv(Integer.parseInt(matcher.group("line")),
					lowerCaseFirstLetter(matcher.group("problem")));
		}

		private static String lowerCaseFirstLetter(String problem) {
			return problem.isEmpty() ? problem : Character.toLowerCase(problem.charAt(0)) + problem.substring(1);
		}

	}

}
