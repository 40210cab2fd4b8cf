package dev.rapport.importing.addressbook;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * Reads a Google, Outlook or Thunderbird CSV export row by row with FastCSV (one record
 * in memory at a time). Rows shorter than the header are normal (Outlook ends a row at
 * its last value); a quote left open or a row with more values than the header is a
 * broken file and rejects it.
 */
public final class CsvCardReader {

	private static final Pattern CSV_PROBLEM = Pattern.compile("(?<problem>.*?)\\s*\\(.*?line (?<line>\\d+)\\)\\s*");

	private static final Pattern LINE = Pattern.compile("line (?<line>\\d+)");

	/**
	 * The most columns a row may have. Outlook writes 92, Google some dozens plus a few
	 * for each extra email, phone or address; a file with more is no address book, and
	 * every row of it would be held whole.
	 */
	static final int MAX_COLUMNS = 1_000;

	/**
	 * The longest value (characters): notes are the longest thing address books write,
	 * and Rapport keeps far less of them. Without a limit one 19 MB line is held whole,
	 * several times over.
	 */
	static final int MAX_VALUE_LENGTH = 1024 * 1024;

	/** The longest row (characters), and so what the parser may buffer. */
	static final int MAX_ROW_LENGTH = 4 * 1024 * 1024;

	private final int entryLimit;

	public CsvCardReader(int entryLimit) {
		this.entryLimit = entryLimit;
	}

	public static CsvDialect google() {
		return new GoogleCsvDialect();
	}

	public static CsvDialect outlook() {
		return new OutlookCsvDialect();
	}

	public static CsvDialect thunderbird() {
		return new ThunderbirdCsvDialect();
	}

	/**
	 * @return how many entries (rows) the file has
	 * @throws AddressBookFileException when the file is not well-formed CSV
	 */
	public int read(TextFile file, CsvDialect dialect, Consumer<ReadCard> sink) throws IOException {
		int entries = 0;
		try (Reader text = file.open()) {
			CsvReader<CsvRecord> csv = limited(CsvReader.builder()
				.fieldSeparator(file.separator())
				.allowUnclosedQuote(false)
				.trimWhitespacesAroundQuotes(true), text);
			var records = csv.iterator();
			List<String> header = null;
			Map<String, List<Integer>> indexes = null;
			CsvDialect.Columns columns = null;
			while (hasNext(records)) {
				CsvRecord record = records.next();
				List<String> fields = record.getFields();
				if (fields.stream().allMatch(String::isBlank)) {
					continue;
				}
				int line = Math.toIntExact(record.getStartingLineNumber());
				if (header == null) {
					header = fields;
					indexes = indexesOf(header);
					columns = dialect.columns(header);
					continue;
				}
				if (fields.stream().skip(header.size()).anyMatch(field -> !field.isBlank())) {
					throw AddressBookFileException.malformedCsv(line,
							String.format(Locale.ENGLISH,
									"the row has %d values but the header only %d columns (a comma without quotes?)",
									fields.size(), header.size()));
				}
				if (entries == this.entryLimit) {
					throw AddressBookFileException.tooManyEntries(line, this.entryLimit);
				}
				entries++;
				RawCard raw = new RawCard(line);
				columns.read(new CsvDialect.Row(indexes, fields), raw);
				sink.accept(CardCleaner.clean(raw));
			}
		}
		return entries;
	}

	/**
	 * A reader of rows of any length up to the header's (Outlook ends a row at its last
	 * value), within this reader's limits on columns and lengths.
	 */
	static CsvReader<CsvRecord> limited(CsvReader.CsvReaderBuilder builder, Reader text) {
		return builder.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			.maxBufferSize(MAX_ROW_LENGTH)
			.build(CsvRecordHandler.builder()
				.maxFields(MAX_COLUMNS)
				.maxFieldSize(MAX_VALUE_LENGTH)
				.maxRecordSize(MAX_ROW_LENGTH)
				.build(), text);
	}

	private static boolean hasNext(Iterator<CsvRecord> records) {
		try {
			return records.hasNext();
		}
		catch (CsvParseException ex) {
			throw broken(ex);
		}
		catch (UncheckedIOException ex) {
			throw ex;
		}
	}

	/**
	 * The file broke one of this reader's limits on columns and lengths, or {@code null}
	 * when the problem is another.
	 */
	static AddressBookFileException beyondLimits(CsvParseException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : "";
		String limit = limitExceeded(message);
		if (limit == null) {
			return null;
		}
		Matcher line = LINE.matcher(message);
		return AddressBookFileException.malformedCsv(line.find() ? Integer.parseInt(line.group("line")) : 0, limit);
	}

	private static AddressBookFileException broken(CsvParseException ex) {
		AddressBookFileException beyondLimits = beyondLimits(ex);
		if (beyondLimits != null) {
			return beyondLimits;
		}
		String message = (ex.getMessage() != null) ? ex.getMessage() : "unreadable CSV";
		Matcher matcher = CSV_PROBLEM.matcher(message);
		if (matcher.matches()) {
			return AddressBookFileException.malformedCsv(Integer.parseInt(matcher.group("line")),
					matcher.group("problem"));
		}
		return AddressBookFileException.malformedCsv(0, message);
	}

	/**
	 * Our words for FastCSV's limits, or {@code null} when the problem is another.
	 */
	private static String limitExceeded(String message) {
		if (message.contains("maximum limit of " + MAX_COLUMNS + " fields")) {
			return String.format(Locale.ENGLISH, "a row has more than %,d columns, which no address book export has",
					MAX_COLUMNS);
		}
		if (message.contains("max field size") || message.contains("max record size")
				|| message.contains("maximum record size") || message.contains("maximum buffer size")) {
			return String.format(Locale.ENGLISH,
					"a value or row is longer than %,d characters, which no address book export writes "
							+ "(or a quote is left open)",
					MAX_VALUE_LENGTH);
		}
		return null;
	}

	private static Map<String, List<Integer>> indexesOf(List<String> header) {
		Map<String, List<Integer>> indexes = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			indexes.computeIfAbsent(name, key -> new ArrayList<>()).add(i);
		}
		return indexes;
	}

}
