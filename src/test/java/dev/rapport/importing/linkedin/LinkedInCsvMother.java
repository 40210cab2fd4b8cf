package dev.rapport.importing.linkedin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Writes random but realistic {@code Connections.csv} exports of any generation, with the
 * quirks real files have, and says which rows a faithful reader must recover from them.
 * Seeded, so a failing variant can be reproduced from its description.
 */
public final class LinkedInCsvMother {

	private static final String NOTES_SENTENCE = "When exporting your connection data, you may notice that some of "
			+ "the email addresses are missing. You will only see email addresses for connections who have "
			+ "allowed their connections to see or download their email address using this setting "
			+ "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
			+ "https://www.linkedin.com/help/linkedin/answer/261";

	private static final List<String> FIRST_NAMES = List.of("Ada", "Grace", "Jean-Luc", "Zo\u00EB", "Zoe\u0308",
			"Robert \"Bobby\"", "Mary Ann", "小明", "محمد", "נועה", "Олена", "प्रिया", "\uD83D\uDE80",
			"\uD83D\uDC69\u200D\uD83D\uDCBB Dev", "\uD835\uDC01\uD835\uDC28\uD835\uDC25\uD835\uDC1D", "O'Brien", "Kim");

	private static final List<String> LAST_NAMES = List.of("Lovelace", "Smith, Jr.", ".", "~", "X", "王", "العلي", "כהן",
			"Шевченко", "शर्मा", "Garc\u00EDa", "Garci\u0301a", "D'Souza", "van der Berg", "\"Quoted\"", "");

	private static final List<String> COMPANIES = List.of("", "Acme", "Kestrel Labs, Inc.",
			"Little \"Bobby\" Tables, LLC", "腾讯", "Self-employed", "Globex\nEMEA",
			"Soci\u00E9t\u00E9 G\u00E9n\u00E9rale");

	private static final List<String> POSITIONS = List.of("", "Engineer", "Head of Data\nand Databases",
			"CTO, Co-founder", "مهندس", "Senior \"Rockstar\" Developer", "Directeur ge\u0301ne\u0301ral");

	private static final List<String> SLUGS = List.of("ada-lovelace", "grace-hopper", "j\u00FCrgen-m\u00FCller", "王小明",
			"jos\u00E9", "o-brien", "dev42");

	private static final List<String> PROFILE_PREFIXES = List.of("https://www.linkedin.com/in/",
			"http://www.linkedin.com/in/", "https://linkedin.com/in/", "https://de.linkedin.com/in/",
			"https://m.linkedin.com/in/", "www.linkedin.com/in/");

	private static final List<String> PROFILE_SUFFIXES = List.of("/", "?trk=people-guest", "/#experience",
			"/?originalSubdomain=de");

	private static final LocalDate FIRST_DATE = LocalDate.of(2004, 1, 1);

	private static final LocalDate LAST_DATE = LocalDate.of(2026, 12, 31);

	private LinkedInCsvMother() {
	}

	/** A random export: generation, quirks and 0 to 60 rows all drawn from the seed. */
	public static GeneratedExport randomExport(long seed) {
		Random random = new Random(seed);
		ExportGeneration generation = pick(random, List.of(ExportGeneration.values()));
		return export(random, seed, generation, Quirks.random(random, generation), random.nextInt(61));
	}

	/**
	 * A plain export of today's generation with the given number of connections and no
	 * hidden members.
	 */
	public static GeneratedExport largeExport(long seed, int connections) {
		Random random = new Random(seed);
		Quirks plain = new Quirks(DateForm.DAY_MONTH_YEAR, true, false, false, false, false, false, false, 0, false);
		return export(random, seed, ExportGeneration.WITH_URL, plain, connections);
	}

	private static GeneratedExport export(Random random, long seed, ExportGeneration generation, Quirks quirks,
			int rowCount) {
		List<ConnectionColumn> columns = new ArrayList<>(generation.columns());
		if (quirks.shuffledColumns()) {
			Collections.shuffle(columns, random);
		}
		Writer writer = new Writer(quirks);
		if (quirks.notesBlock()) {
			int padding = quirks.paddedPreamble() ? columns.size() - 1 : 0;
			writer.line(List.of("Notes:"), padding);
			writer.line(List.of(NOTES_SENTENCE), padding);
			writer.line(List.of(""), padding);
		}
		int headerLine = writer.line(columns.stream().map(ConnectionColumn::label).toList(), 0);
		List<ConnectionRow> expected = new ArrayList<>();
		List<Integer> hiddenLines = new ArrayList<>();
		for (int i = 0; i < rowCount; i++) {
			LocalDate date = randomDate(random);
			if (random.nextDouble() < quirks.hiddenShare()) {
				hiddenLines.add(writer.line(hiddenMemberValues(columns, quirks.dateForm().format(date)), 0));
				continue;
			}
			Person person = Person.random(random, i, generation);
			LocalDate connectedOn = (random.nextInt(50) == 0) ? null : date;
			String dateText = (connectedOn != null) ? quirks.dateForm().format(connectedOn) : "";
			int line = writer.line(person.values(columns, dateText, random), 0);
			expected.add(person.expectedRow(line, connectedOn));
		}
		if (quirks.paddedPreamble()) {
			writer.line(List.of(""), columns.size() - 1); // a spreadsheet keeps its
															// padded empty rows
		}
		String description = "seed " + seed + ", " + generation + ", " + rowCount + " rows, " + quirks;
		return new GeneratedExport(description, writer.bytes(), generation, headerLine, expected, hiddenLines);
	}

	private static List<String> hiddenMemberValues(List<ConnectionColumn> columns, String date) {
		return columns.stream().map((column) -> (column == ConnectionColumn.CONNECTED_ON) ? date : "").toList();
	}

	private static LocalDate randomDate(Random random) {
		return FIRST_DATE.plusDays(random.nextLong(ChronoUnit.DAYS.between(FIRST_DATE, LAST_DATE) + 1));
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/**
	 * A generated file and what reading it must give.
	 *
	 * @param description how it was made, for failure messages
	 */
	public record GeneratedExport(String description, byte[] bytes, ExportGeneration generation, int headerLine,
			List<ConnectionRow> expectedRows, List<Integer> hiddenMemberLines) {

		@Override
		public String toString() {
			return this.description;
		}

	}

	/** How LinkedIn or a spreadsheet wrote the {@code Connected On} column. */
	enum DateForm {

		US_WITH_TIME("M/d/yy, h:mm a"), DAY_MONTH_YEAR("dd MMM yyyy"), SHORT_DAY_MONTH_YEAR("d MMM yyyy"),
		SPREADSHEET("d-MMM-yy");

		private final DateTimeFormatter formatter;

		DateForm(String pattern) {
			this.formatter = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
		}

		String format(LocalDate date) {
			return this.formatter.format(date.atTime(1 + date.getDayOfMonth() % 12, date.getMonthValue() * 4));
		}

	}

	/**
	 * What a generation, LinkedIn's habits and a spreadsheet re-save may have done to the
	 * file.
	 */
	record Quirks(DateForm dateForm, boolean notesBlock, boolean paddedPreamble, boolean byteOrderMark, boolean crlf,
			boolean quoteEverything, boolean spacesAroundValues, boolean shuffledColumns, double hiddenShare,
			boolean finalNewline) {

		static Quirks random(Random random, ExportGeneration generation) {
			boolean spreadsheet = random.nextInt(3) == 0;
			DateForm dateForm = switch (generation) {
				case WITH_TAGS -> DateForm.US_WITH_TIME;
				case SIX_COLUMNS -> pick(random,
						List.of(DateForm.US_WITH_TIME, DateForm.DAY_MONTH_YEAR, DateForm.SHORT_DAY_MONTH_YEAR));
				case WITH_URL -> DateForm.DAY_MONTH_YEAR;
			};
			boolean notesBlock = switch (generation) {
				case WITH_TAGS -> false;
				case SIX_COLUMNS -> dateForm != DateForm.US_WITH_TIME && random.nextBoolean();
				case WITH_URL -> true;
			};
			return new Quirks(spreadsheet && random.nextBoolean() ? DateForm.SPREADSHEET : dateForm, notesBlock,
					notesBlock && spreadsheet, spreadsheet && random.nextBoolean(),
					spreadsheet || random.nextInt(10) == 0, random.nextInt(8) == 0, random.nextInt(3) == 0,
					random.nextInt(10) == 0, random.nextBoolean() ? 0 : random.nextDouble() * 0.2,
					random.nextBoolean());
		}

	}

	/** One connection and the row a reader must make of it. */
	private record Person(String firstName, String lastName, String slug, String email, boolean emailIsReal,
			String company, String position) {

		static Person random(Random random, int index, ExportGeneration generation) {
			String slug = (generation == ExportGeneration.WITH_URL && random.nextInt(20) != 0)
					? pick(random, SLUGS) + "-" + index : "";
			int emailKind = random.nextInt(20);
			String email = switch (emailKind) {
				case 0 -> "First.Last" + index + "@Example.COM";
				case 1 -> "person" + index + "@example.org";
				case 2 -> (generation == ExportGeneration.SIX_COLUMNS) ? "urn:li:member:" + (100000 + index) : "";
				default -> "";
			};
			return new Person(pick(random, FIRST_NAMES), pick(random, LAST_NAMES), slug, email, emailKind < 2,
					pick(random, COMPANIES), pick(random, POSITIONS));
		}

		List<String> values(List<ConnectionColumn> columns, String date, Random random) {
			return columns.stream().map((column) -> switch (column) {
				case FIRST_NAME -> this.firstName;
				case LAST_NAME -> this.lastName;
				case URL -> this.slug.isEmpty() ? "" : profileUrlAsExported(random);
				case EMAIL_ADDRESS -> this.email;
				case COMPANY -> this.company;
				case POSITION -> this.position;
				case CONNECTED_ON -> date;
				case TAGS -> random.nextInt(5) == 0 ? "mentor" : "";
			}).toList();
		}

		/**
		 * Mostly LinkedIn's own form, sometimes as a user or another tool would have it.
		 */
		private String profileUrlAsExported(Random random) {
			String encoded = percentEncoded(random.nextInt(4) == 0 ? this.slug.toUpperCase(Locale.ROOT) : this.slug);
			if (random.nextInt(10) < 7) {
				return "https://www.linkedin.com/in/" + encoded;
			}
			String suffix = random.nextBoolean() ? pick(random, PROFILE_SUFFIXES) : "";
			return pick(random, PROFILE_PREFIXES) + encoded + suffix;
		}

		ConnectionRow expectedRow(int line, LocalDate connectedOn) {
			String profileUrl = this.slug.isEmpty() ? null : "https://www.linkedin.com/in/" + this.slug;
			return new ConnectionRow(line, nfc(this.firstName), nfc(this.lastName), profileUrl,
					this.emailIsReal ? this.email : null, nfc(this.company), nfc(this.position), connectedOn);
		}

		private static String percentEncoded(String slug) {
			StringBuilder encoded = new StringBuilder();
			for (byte b : slug.getBytes(StandardCharsets.UTF_8)) {
				if (b >= 0 && (Character.isLetterOrDigit(b) || b == '-')) {
					encoded.append((char) b);
				}
				else {
					encoded.append('%').append(String.format("%02X", b & 0xFF));
				}
			}
			return encoded.toString();
		}

		private static String nfc(String text) {
			return Normalizer.normalize(text, Normalizer.Form.NFC);
		}

	}

	/**
	 * Writes records the way LinkedIn and spreadsheets do, counting physical lines as it
	 * goes.
	 */
	private static final class Writer {

		private final Quirks quirks;

		private final StringBuilder text = new StringBuilder();

		private final Random spaces = new Random(0);

		private int nextLine = 1;

		private boolean firstRecord = true;

		Writer(Quirks quirks) {
			this.quirks = quirks;
		}

		/**
		 * Writes one record, padded with empty cells, and returns the line it starts on.
		 */
		int line(List<String> values, int padding) {
			if (!this.firstRecord) {
				this.text.append(this.quirks.crlf() ? "\r\n" : "\n");
			}
			this.firstRecord = false;
			String record = values.stream().map(this::field).collect(Collectors.joining(",")) + ",".repeat(padding);
			this.text.append(record);
			int startLine = this.nextLine;
			this.nextLine += 1 + (int) record.chars().filter((c) -> c == '\n').count();
			return startLine;
		}

		private String field(String value) {
			String spaced = this.quirks.spacesAroundValues()
					? " ".repeat(this.spaces.nextInt(2)) + value + " ".repeat(this.spaces.nextInt(2)) : value;
			boolean needsQuotes = spaced.contains(",") || spaced.contains("\"") || spaced.contains("\n");
			if (!needsQuotes && !(this.quirks.quoteEverything() && !spaced.isEmpty())) {
				return spaced;
			}
			return "\"" + spaced.replace("\"", "\"\"") + "\"";
		}

		byte[] bytes() {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (this.quirks.byteOrderMark()) {
				out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			String finalNewline = this.quirks.finalNewline() ? (this.quirks.crlf() ? "\r\n" : "\n") : "";
			out.writeBytes((this.text + finalNewline).getBytes(StandardCharsets.UTF_8));
			return out.toByteArray();
		}

	}

}
