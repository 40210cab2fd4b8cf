package dev.rapport.importing.addressbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import dev.rapport.importing.ImportFormat;

/**
 * An uploaded file as text: which encoding it is in and which format it holds, found from
 * its bytes alone. Address books write UTF-8 (with or without a byte order mark), UTF-16
 * with a mark (older Google exports, Outlook and Excel saving "Unicode") or, from some
 * Windows tools, without one (known by the NUL byte of each ASCII character), or, from
 * Outlook and old phones, the Windows code page: a file that is not valid UTF-8 and has
 * no mark is read as Windows-1252. Control characters mean a binary file (a photo, a zip
 * archive) and refuse it, whatever the encoding.
 */
public final class TextFile {

	private static final int SNIFFED_CHARS = 64 * 1024;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final Path path;

	private final Charset charset;

	private final int byteOrderMarkLength;

	private char separator;

	private TextFile(Path path, Charset charset, int byteOrderMarkLength) {
		this.path = path;
		this.charset = charset;
		this.byteOrderMarkLength = byteOrderMarkLength;
	}

	/**
	 * Reads the whole file once, checking it is text and finding its encoding.
	 * @throws AddressBookFileException when it is empty or binary
	 */
	public static TextFile of(Path path) throws IOException {
		byte[] head = new byte[4];
		int headLength;
		try (InputStream in = Files.newInputStream(path)) {
			headLength = in.readNBytes(head, 0, 4);
		}
		if (headLength == 0) {
			throw AddressBookFileException.emptyFile();
		}
		if (headLength >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return checked(new TextFile(path, StandardCharsets.UTF_8, 3));
		}
		if (headLength >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return checked(new TextFile(path, StandardCharsets.UTF_16LE, 2));
		}
		if (headLength >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return checked(new TextFile(path, StandardCharsets.UTF_16BE, 2));
		}
		if (headLength == 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) {
			// UTF-16 LE without a mark (some Windows tools): the NUL byte of each
			// ASCII character would otherwise read as binary data.
			return checked(new TextFile(path, StandardCharsets.UTF_16LE, 0));
		}
		if (headLength == 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0) {
			return checked(new TextFile(path, StandardCharsets.UTF_16BE, 0));
		}
		boolean utf8 = isCleanText(path, StandardCharsets.UTF_8);
		return utf8 ? new TextFile(path, StandardCharsets.UTF_8, 0) : checked(new TextFile(path, WINDOWS_1252, 0));
	}

	public Charset charset() {
		return this.charset;
	}

	/** The text after any byte order mark; the caller closes it. */
	public Reader open() throws IOException {
		InputStream in = bytesOf(this.path, this.byteOrderMarkLength, this.charset);
		// Not a BufferedReader: the vCard parser reads a character at a time, and
		// BufferedReader locks on every call.
		return new UnlockedBufferedReader(new InputStreamReader(in,
				this.charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE)),
				64 * 1024);
	}

	/**
	 * Which format the file holds, from its first characters: a vCard begins with
	 * {@code BEGIN:VCARD}, a backup is a JSON object, and a CSV is known by its header.
	 * @throws AddressBookFileException when it is none of them
	 */
	public ImportFormat format() throws IOException {
		String start;
		try (Reader reader = open()) {
			char[] buffer = new char[SNIFFED_CHARS];
			int length = reader.read(buffer);
			start = (length <= 0) ? "" : new String(buffer, 0, length);
		}
		String stripped = start.strip();
		if (stripped.isEmpty()) {
			throw AddressBookFileException.emptyFile();
		}
		if (stripped.regionMatches(true, 0, "BEGIN:VCARD", 0, "BEGIN:VCARD".length())) {
			return ImportFormat.VCARD;
		}
		if (stripped.startsWith("{")) {
			return ImportFormat.RAPPORT_BACKUP;
		}
		List<String> header = firstRecord();
		if (header.isEmpty()) {
			throw AddressBookFileException.unknownFormat();
		}
		if (header.get(0).strip().equalsIgnoreCase("Notes:")
				|| header.stream().anyMatch(cell -> cell.strip().equalsIgnoreCase("Connected On"))) {
			return ImportFormat.LINKEDIN;
		}
		if (GoogleCsvDialect.recognises(header)) {
			return ImportFormat.GOOGLE_CSV;
		}
		if (OutlookCsvDialect.recognises(header)) {
			return ImportFormat.OUTLOOK_CSV;
		}
		if (ThunderbirdCsvDialect.recognises(header)) {
			return ImportFormat.THUNDERBIRD_CSV;
		}
		throw AddressBookFileException.unknownFormat();
	}

	private List<String> firstRecord() throws IOException {
		try (Reader reader = open()) {
			CsvReader<CsvRecord> csv = CsvCardReader.limited(CsvReader.builder().fieldSeparator(separator()), reader);
			for (CsvRecord record : csv) {
				if (record.getFields().stream().anyMatch(field -> !field.isBlank())) {
					return record.getFields();
				}
			}
			return List.of();
		}
		catch (CsvParseException ex) {
			AddressBookFileException beyondLimits = CsvCardReader.beyondLimits(ex);
			// A header beyond the reader's limits says so; otherwise not even one CSV
			// record can be read (a quote left open): it is no format we know.
			throw (beyondLimits != null) ? beyondLimits : AddressBookFileException.unknownFormat();
		}
		catch (RuntimeException ex) {
			throw AddressBookFileException.unknownFormat();
		}
	}

	/**
	 * The character between a CSV file's values, found in its first line: a comma as the
	 * exporters write it, a semicolon when a spreadsheet in a language with decimal
	 * commas (German, French, Dutch...) saved it again, a tab for a spreadsheet's
	 * "Unicode text". The one that occurs most outside quotes wins, the comma when none
	 * does.
	 */
	public char separator() throws IOException {
		if (this.separator == 0) {
			this.separator = sniffSeparator();
		}
		return this.separator;
	}

	private char sniffSeparator() throws IOException {
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		boolean seen = false;
		try (Reader reader = open()) {
			for (int i = 0, c = reader.read(); c >= 0 && i < SNIFFED_CHARS; i++, c = reader.read()) {
				if ((c == '\r' || c == '\n') && !quoted) {
					if (seen) {
						break;
					}
					continue;
				}
				seen |= !Character.isWhitespace(c);
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted) {
					commas += (c == ',') ? 1 : 0;
					semicolons += (c == ';') ? 1 : 0;
					tabs += (c == '\t') ? 1 : 0;
				}
			}
		}
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return (tabs > commas) ? '\t' : ',';
	}

	/**
	 * The file's bytes after the mark; in UTF-8, with sequences a vCard fold split
	 * rejoined.
	 */
	private static InputStream bytesOf(Path path, int skip, Charset charset) throws IOException {
		InputStream file = Files.newInputStream(path);
		file.skipNBytes(skip);
		// The joiner keeps its own buffer; anything else reads through one.
		return StandardCharsets.UTF_8.equals(charset) ? new SplitSequenceJoiner(file)
				: new BufferedInputStream(file, 64 * 1024);
	}

	private static TextFile checked(TextFile file) throws IOException {
		if (!isCleanText(file.path, file.charset, file.byteOrderMarkLength)) {
			// Only UTF-8 can fail to decode; the fallback and UTF-16 with a mark decode
			// anything.
			throw new AddressBookFileException(AddressBookFileException.Reason.NOT_UTF8, 0,
					"The file's text cannot be read in " + file.charset.displayName(Locale.ENGLISH) + ".");
		}
		return file;
	}

	private static boolean isCleanText(Path path, Charset charset) throws IOException {
		return isCleanText(path, charset, 0);
	}

	/**
	 * Decodes the whole file strictly, refusing control characters with the line they are
	 * on.
	 * @return whether every byte decoded (only then is UTF-8 the file's encoding)
	 */
	private static boolean isCleanText(Path path, Charset charset, int skip) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		int line = 1;
		try (InputStream in = bytesOf(path, skip, charset)) {
			boolean end = false;
			while (!end) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (read < 0) {
					end = true;
				}
				else {
					bytes.position(bytes.position() + read);
				}
				bytes.flip();
				CoderResult result = decoder.decode(bytes, chars, end);
				if (end && !result.isError()) {
					result = decoder.flush(chars);
				}
				chars.flip();
				while (chars.hasRemaining()) {
					char c = chars.get();
					if (c == '\n') {
						line++;
					}
					else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f' || c == 0x7F) {
						throw AddressBookFileException.binary(line);
					}
				}
				chars.clear();
				if (result.isError()) {
					return false;
				}
				bytes.compact();
			}
		}
		return true;
	}

}
