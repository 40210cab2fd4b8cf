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
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * Reads a Google or Outlook CSV export row by row with FastCSV (one record in memory at a
 * time). Rows shorter than the header are normal (Outlook ends a row at its last value);
 * a quote left open or a row with more values than the header is a broken file and
 * rejects it.
 */
public final class CsvCardReader {

	private static final Pattern CSV_PROBLEM = Pattern.compile("(?<problem>.*?)\\s*\\(.*?line (?<line>\\d+)\\)\\s*");

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

	/**
	 * @return how many entries (rows) the file has
	 * @throws AddressBookFileException when the file is not well-formed CSV
	 */
	public int read(TextFile file, CsvDialect dialect, Consumer<ReadCard> sink) throws IOException {
		int entries = 0;
		try (Reader text = file.open()) {
			CsvReader<CsvRecord> csv = CsvReader.builder()
				.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
				.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
				.allowUnclosedQuote(false)
				.trimWhitespacesAroundQuotes(true)
				.ofCsvRecord(text);
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

	private static AddressBookFileException broken(CsvParseException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : "unreadable CSV";
		Matcher matcher = CSV_PROBLEM.matcher(message);
		if (matcher.matches()) {
			return AddressBookFileException.malformedCsv(Integer.parseInt(matcher.group("line")),
					matcher.group("problem"));
		}
		return AddressBookFileException.malformedCsv(0, message);
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
