package dev.rapport.importing.addressbook;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mangstadt.vinnie.codec.DecoderException;
import com.github.mangstadt.vinnie.codec.QuotedPrintableCodec;
import dev.rapport.contact.CardDate;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.LabelledValue;
import dev.rapport.contact.PostalAddress;
import dev.rapport.contact.YearlyDate;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.VCardParameter;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files card by card with ez-vcard, which unfolds lines
 * (also folds in the middle of a UTF-8 sequence), decodes quoted-printable in the card's
 * charset and knows every version's syntax. Before that, one pass over the lines checks
 * the file's structure, because ez-vcard forgives what a user should hear about: a card
 * without {@code END:VCARD} (a truncated file) or text outside any card. That pass also
 * notes where each card starts, for the preview's line numbers.
 */
public final class VCardFileReader {

	/**
	 * Cards inside cards (vCard 2.1's AGENT) are allowed this deep; more is no address
	 * book.
	 */
	private static final int MAX_NESTING = 3;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/**
	 * The longest property (characters, unfolded). A photo is the longest thing a card
	 * holds, and 8 MiB of base64 is a 6 MB JPEG; without a limit a 19 MB line is held
	 * several times over by the parser.
	 */
	static final int MAX_PROPERTY_LENGTH = 8 * 1024 * 1024;

	/** Type values that say nothing a label should show. */
	private static final Set<String> UNINFORMATIVE_TYPES = Set.of("internet", "pref", "x400", "voice", "msg", "postal",
			"parcel", "dom", "intl");

	private final int entryLimit;

	public VCardFileReader(int entryLimit) {
		this.entryLimit = entryLimit;
	}

	/**
	 * Reads every card of the file into {@code sink}, in file order.
	 * @return how many cards the file has
	 * @throws AddressBookFileException when the file is not a well-formed vCard file
	 */
	public int read(TextFile file, Consumer<ReadCard> sink) throws IOException {
		Structure structure = structure(file);
		List<Integer> starts = structure.starts();
		int index = 0;
		try (Reader text = file.open(); VCardReader reader = new VCardReader(text)) {
			reader.setDefaultQuotedPrintableCharset(structure.quotedPrintableCharset());
			reader.registerScribe(new PlainTelephoneScribe());
			reader.registerScribe(new PlainPhotoScribe());
			for (VCard vcard = reader.readNext(); vcard != null; vcard = reader.readNext()) {
				int line = (index < starts.size()) ? starts.get(index) : 0;
				index++;
				sink.accept(CardCleaner.clean(toRaw(vcard, line)));
			}
		}
		return index;
	}

	/**
	 * Where each card starts, and in which charset quoted-printable values without a
	 * {@code CHARSET} parameter are: UTF-8 when every such value decodes as UTF-8, else
	 * the Windows code page (old phones and PC suites wrote Latin-1 that way), so that
	 * "M=FCller" is "Müller" and never "M\uFFFDller".
	 */
	private record Structure(List<Integer> starts, Charset quotedPrintableCharset) {
	}

	private Structure structure(TextFile file) throws IOException {
		List<Integer> starts = new ArrayList<>();
		int depth = 0;
		int line = 0;
		int cardStart = 0;
		boolean quotedPrintableUtf8 = true;
		StringBuilder quotedPrintable = null;
		long propertyLength = 0;
		int propertyLine = 0;
		try (Reader reader = file.open()) {
			BoundedLines lines = new BoundedLines(reader);
			for (String text = lines.next(); text != null; text = lines.next()) {
				line++;
				boolean continued = quotedPrintable != null || text.startsWith(" ") || text.startsWith("\t");
				propertyLength = continued ? propertyLength + lines.length() : lines.length();
				propertyLine = continued ? propertyLine : line;
				if (propertyLength > MAX_PROPERTY_LENGTH) {
					throw AddressBookFileException.malformedVCard(propertyLine,
							String.format(Locale.ENGLISH,
									"the property starting here is longer than %,d characters, "
											+ "which no address book writes (not even for a photo)",
									MAX_PROPERTY_LENGTH));
				}
				if (quotedPrintable != null) {
					// A soft line break ("=" at the end) continues the value on this
					// line.
					if (quotedPrintable.length() < BoundedLines.KEPT) {
						quotedPrintable.append(text);
					}
					if (!text.endsWith("=")) {
						quotedPrintableUtf8 &= isUtf8(quotedPrintable);
						quotedPrintable = null;
					}
					else if (!quotedPrintable.isEmpty()) {
						quotedPrintable.setLength(quotedPrintable.length() - 1);
					}
					continue;
				}
				if (continued) {
					continue; // a folded line's continuation
				}
				if (depth > 0 && isQuotedPrintableWithoutCharset(text)) {
					String value = text.substring(text.indexOf(':') + 1);
					if (value.endsWith("=")) {
						quotedPrintable = new StringBuilder(value.substring(0, value.length() - 1));
					}
					else {
						quotedPrintableUtf8 &= isUtf8(value);
					}
				}
				String property = text.strip().toUpperCase(Locale.ROOT);
				if (property.equals("BEGIN:VCARD") || property.endsWith(":BEGIN:VCARD")) {
					if (depth == 0) {
						if (starts.size() == this.entryLimit) {
							throw AddressBookFileException.tooManyEntries(line, this.entryLimit);
						}
						starts.add(line);
						cardStart = line;
					}
					if (++depth > MAX_NESTING) {
						throw AddressBookFileException.malformedVCard(line, "cards are nested too deeply");
					}
				}
				else if (property.equals("END:VCARD")) {
					if (depth == 0) {
						throw AddressBookFileException.malformedVCard(line, "END:VCARD without a BEGIN:VCARD");
					}
					depth--;
				}
				else if (depth == 0 && !property.isEmpty()) {
					throw AddressBookFileException.malformedVCard(line,
							"there is text outside any card (every card starts with BEGIN:VCARD)");
				}
			}
		}
		if (depth > 0) {
			throw AddressBookFileException.malformedVCard(cardStart,
					"the card starting here has no END:VCARD; the file may be cut off");
		}
		if (starts.isEmpty()) {
			throw AddressBookFileException.emptyFile();
		}
		return new Structure(starts, quotedPrintableUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
	}

	/**
	 * The file's lines, each cut to its first {@link #KEPT} characters, which is all the
	 * structure check looks at: a hostile line of 19 MB is counted, never held. It reads
	 * blocks of characters and copies each line's run at once, not character by
	 * character: this pass goes over every character of the file, photos included.
	 */
	static final class BoundedLines {

		static final int KEPT = 64 * 1024;

		private final Reader reader;

		private final char[] block = new char[8 * 1024];

		private int position;

		private int limit;

		private final StringBuilder line = new StringBuilder();

		private long length;

		private boolean afterCarriageReturn;

		BoundedLines(Reader reader) {
			this.reader = reader;
		}

		/**
		 * The next line without its end (CR LF, LF or CR), or {@code null} at the end.
		 */
		String next() throws IOException {
			this.line.setLength(0);
			this.length = 0;
			boolean any = false;
			while (this.position < this.limit || fill()) {
				if (this.afterCarriageReturn) {
					this.afterCarriageReturn = false;
					if (this.block[this.position] == '\n') {
						this.position++;
						continue;
					}
				}
				int start = this.position;
				while (this.position < this.limit && this.block[this.position] != '\r'
						&& this.block[this.position] != '\n') {
					this.position++;
				}
				int run = this.position - start;
				if (run > 0) {
					any = true;
					this.length += run;
					int kept = Math.min(run, KEPT - this.line.length());
					if (kept > 0) {
						this.line.append(this.block, start, kept);
					}
				}
				if (this.position < this.limit) {
					this.afterCarriageReturn = this.block[this.position++] == '\r';
					return this.line.toString();
				}
			}
			return any ? this.line.toString() : null;
		}

		/**
		 * The length of the line {@link #next()} returned, however much of it was kept.
		 */
		long length() {
			return this.length;
		}

		private boolean fill() throws IOException {
			int count;
			do {
				count = this.reader.read(this.block, 0, this.block.length);
			}
			while (count == 0);
			this.position = 0;
			this.limit = Math.max(count, 0);
			return count > 0;
		}

	}

	private static boolean isQuotedPrintableWithoutCharset(String line) {
		int colon = line.indexOf(':');
		if (colon < 0) {
			return false;
		}
		String parameters = line.substring(0, colon).toUpperCase(Locale.ROOT);
		return parameters.contains("QUOTED-PRINTABLE") && !parameters.contains("CHARSET=");
	}

	/** Whether the bytes a quoted-printable value stands for are UTF-8. */
	private static boolean isUtf8(CharSequence quotedPrintable) {
		byte[] bytes;
		try {
			bytes = new QuotedPrintableCodec(StandardCharsets.ISO_8859_1.name()).decode(quotedPrintable.toString())
				.getBytes(StandardCharsets.ISO_8859_1);
		}
		catch (DecoderException ex) {
			return true; // broken escapes: the charset makes no difference
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static RawCard toRaw(VCard vcard, int line) {
		RawCard raw = new RawCard(line);
		Map<String, String> groupLabels = groupLabels(vcard);
		if (vcard.getUid() != null) {
			raw.uid = vcard.getUid().getValue();
		}
		StructuredName name = vcard.getStructuredName();
		if (name != null) {
			raw.firstName = name.getGiven();
			raw.lastName = name.getFamily();
			if (!name.getAdditionalNames().isEmpty()) {
				raw.middleName = String.join(" ", name.getAdditionalNames());
			}
		}
		if (vcard.getFormattedName() != null) {
			raw.formattedName = vcard.getFormattedName().getValue();
		}
		if (vcard.getNickname() != null && !vcard.getNickname().getValues().isEmpty()) {
			raw.nickname = vcard.getNickname().getValues().get(0);
		}
		Organization organization = vcard.getOrganization();
		if (organization != null && !organization.getValues().isEmpty()) {
			raw.company = organization.getValues().get(0);
		}
		if (!vcard.getTitles().isEmpty()) {
			raw.position = vcard.getTitles().get(0).getValue();
		}
		else if (!vcard.getRoles().isEmpty()) {
			raw.position = vcard.getRoles().get(0).getValue();
		}
		for (Email email : vcard.getEmails()) {
			raw.emails.add(new LabelledValue(
					labelOf(email, groupLabels, email.getTypes().stream().map(VCardParameter::getValue).toList()),
					email.getValue()));
		}
		for (Telephone phone : vcard.getTelephoneNumbers()) {
			String number = (phone.getText() != null) ? phone.getText()
					: (phone.getUri() != null) ? phone.getUri().getNumber() : null;
			raw.phones.add(new LabelledValue(
					labelOf(phone, groupLabels, phone.getTypes().stream().map(VCardParameter::getValue).toList()),
					number));
		}
		for (Address address : vcard.getAddresses()) {
			raw.addresses.add(new PostalAddress(
					labelOf(address, groupLabels, address.getTypes().stream().map(VCardParameter::getValue).toList()),
					address.getStreetAddressFull(), address.getLocality(), address.getRegion(), address.getPostalCode(),
					address.getCountry()));
		}
		birthday(vcard.getBirthday(), raw);
		dates(vcard, groupLabels, raw);
		androidCustom(vcard, raw);
		vcard.getNotes().forEach(note -> raw.notes.add(note.getValue()));
		vcard.getCategoriesList().forEach(categories -> raw.tags.addAll(categories.getValues()));
		vcard.getUrls().forEach(url -> raw.urls.add(url.getValue()));
		for (RawProperty social : vcard.getExtendedProperties("X-SOCIALPROFILE")) {
			raw.urls.add(social.getValue());
		}
		for (Photo photo : vcard.getPhotos()) {
			// A photo given as a URL is never fetched: the import reads the file, nothing
			// else.
			if (photo.getData() != null && photo.getData().length > 0) {
				raw.photo = photo.getData();
				break;
			}
		}
		return raw;
	}

	/**
	 * Apple's year-less birthdays carry the placeholder year 1604 and say so in
	 * {@code X-APPLE-OMIT-YEAR}; vCard 4.0 writes them as {@code --MMDD}.
	 */
	private static void birthday(Birthday birthday, RawCard raw) {
		if (birthday == null) {
			return;
		}
		Temporal date = birthday.getDate();
		if (date != null && date.isSupported(ChronoField.YEAR) && date.isSupported(ChronoField.MONTH_OF_YEAR)
				&& date.isSupported(ChronoField.DAY_OF_MONTH)) {
			LocalDate day = LocalDate.of(date.get(ChronoField.YEAR), date.get(ChronoField.MONTH_OF_YEAR),
					date.get(ChronoField.DAY_OF_MONTH));
			String omitYear = birthday.getParameter("X-APPLE-OMIT-YEAR");
			if (omitYear != null && omitYear.strip().equals(String.valueOf(day.getYear())) || day.getYear() == 1604) {
				raw.birthdayWithoutYear = String.format(Locale.ROOT, "--%02d-%02d", day.getMonthValue(),
						day.getDayOfMonth());
			}
			else {
				raw.birthday = day;
			}
			return;
		}
		PartialDate partial = birthday.getPartialDate();
		if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
			if (partial.getYear() != null) {
				try {
					raw.birthday = LocalDate.of(partial.getYear(), partial.getMonth(), partial.getDate());
				}
				catch (DateTimeException ex) {
					// An impossible date is no birthday.
				}
			}
			else {
				raw.birthdayWithoutYear = String.format(Locale.ROOT, "--%02d-%02d", partial.getMonth(),
						partial.getDate());
			}
		}
	}

	/**
	 * Apple's marker for its built-in anniversary label, as in
	 * {@code item1.X-ABLabel:_$!<Anniversary>!$_}.
	 */
	static final String APPLE_ANNIVERSARY = "_$!<Anniversary>!$_";

	/**
	 * Written by Rapport's export beside a labelled anniversary, so it comes back as an
	 * anniversary.
	 */
	static final String KIND_PARAMETER = "X-RAPPORT-KIND";

	private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})(T.*)?");

	private static final Pattern YEARLESS_DATE = Pattern.compile("--(\\d{2})-?(\\d{2})");

	/**
	 * Apple Contacts (and Google's vCard export) keep anniversaries and other dates as
	 * grouped {@code itemN.X-ABDATE} with an {@code itemN.X-ABLabel}: Apple's
	 * {@code _$!<Anniversary>!$_} is an anniversary, any other label an "other" date with
	 * that label. vCard 4.0 has {@code ANNIVERSARY}. A year-less date carries Apple's
	 * placeholder year 1604. Dates that cannot be read are left out.
	 */
	private static void dates(VCard vcard, Map<String, String> groupLabels, RawCard raw) {
		for (RawProperty property : vcard.getExtendedProperties("X-ABDATE")) {
			YearlyDate date = yearlyDate(property.getValue(), property.getParameter("X-APPLE-OMIT-YEAR"));
			if (date == null) {
				continue;
			}
			String label = (property.getGroup() == null) ? null
					: groupLabels.get(property.getGroup().toLowerCase(Locale.ROOT));
			boolean anniversary = "ANNIVERSARY".equalsIgnoreCase(property.getParameter(KIND_PARAMETER));
			if (label != null && label.strip().equalsIgnoreCase(APPLE_ANNIVERSARY)) {
				anniversary = true;
				label = null;
			}
			else if (label != null && label.strip().startsWith("_$!<") && label.strip().endsWith(">!$_")) {
				String builtIn = label.strip().substring(4, label.strip().length() - 4);
				label = builtIn.equalsIgnoreCase("Other") ? null : builtIn;
			}
			raw.dates.add(new CardDate(anniversary ? DateKind.ANNIVERSARY : DateKind.OTHER, label, date));
		}
		Anniversary anniversary = vcard.getAnniversary();
		if (anniversary != null) {
			YearlyDate date = (anniversary.getDate() != null) ? yearlyDate(anniversary.getDate().toString(), null)
					: (anniversary.getPartialDate() != null) ? partial(anniversary.getPartialDate()) : null;
			// Apple-style writers (Rapport's export too) give the same anniversary both
			// ways: keep it once.
			boolean known = date != null && raw.dates.stream()
				.anyMatch(read -> read.kind() == DateKind.ANNIVERSARY && read.date().month() == date.month()
						&& read.date().day() == date.day());
			if (date != null && !known) {
				raw.dates.add(new CardDate(DateKind.ANNIVERSARY, null, date));
			}
		}
	}

	/**
	 * Android's contacts app writes what vCard 2.1 has no property for as
	 * {@code X-ANDROID-CUSTOM:vnd.android.cursor.item/<kind>;<data1>;<data2>;<data3>...}
	 * with the columns of its contacts database: a nickname, and events
	 * ({@code contact_event;2009-06-20;1;;...}, type 1 an anniversary, 2 another date, 0
	 * a date labelled by the third column; the birthday is {@code BDAY}).
	 */
	private static void androidCustom(VCard vcard, RawCard raw) {
		for (RawProperty custom : vcard.getExtendedProperties("X-ANDROID-CUSTOM")) {
			String value = custom.getValue();
			if (value == null) {
				continue;
			}
			String[] columns = value.split(";", -1);
			String kind = columns[0].strip().toLowerCase(Locale.ROOT);
			String data1 = (columns.length > 1) ? columns[1].strip() : "";
			if (kind.equals("vnd.android.cursor.item/nickname") && raw.nickname == null && !data1.isEmpty()) {
				raw.nickname = data1;
			}
			else if (kind.equals("vnd.android.cursor.item/contact_event")) {
				YearlyDate date = yearlyDate(data1, null);
				String type = (columns.length > 2) ? columns[2].strip() : "";
				String label = (columns.length > 3 && !columns[3].isBlank()) ? columns[3].strip() : null;
				if (date == null || type.equals("3")) {
					continue; // unreadable, or the birthday BDAY already holds
				}
				raw.dates.add(type.equals("1") ? new CardDate(DateKind.ANNIVERSARY, null, date)
						: new CardDate(DateKind.OTHER, type.equals("0") ? label : null, date));
			}
		}
	}

	private static YearlyDate yearlyDate(String value, String omitYear) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		try {
			Matcher full = FULL_DATE.matcher(text);
			if (full.matches()) {
				int year = Integer.parseInt(full.group(1));
				boolean yearless = year == 1604 || (omitYear != null && omitYear.strip().equals(full.group(1)));
				return new YearlyDate(yearless ? null : year, Integer.parseInt(full.group(2)),
						Integer.parseInt(full.group(3)));
			}
			Matcher yearless = YEARLESS_DATE.matcher(text);
			if (yearless.matches()) {
				return new YearlyDate(null, Integer.parseInt(yearless.group(1)), Integer.parseInt(yearless.group(2)));
			}
		}
		catch (DateTimeException ex) {
			// An impossible day, or a year out of range: no date.
		}
		return null;
	}

	private static YearlyDate partial(PartialDate partial) {
		if (partial.getMonth() == null || partial.getDate() == null) {
			return null;
		}
		try {
			return new YearlyDate(partial.getYear(), partial.getMonth(), partial.getDate());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * Apple and Google put a custom label in {@code itemN.X-ABLabel} beside
	 * {@code itemN.EMAIL}.
	 */
	private static Map<String, String> groupLabels(VCard vcard) {
		Map<String, String> labels = new HashMap<>();
		for (RawProperty label : vcard.getExtendedProperties("X-ABLABEL")) {
			if (label.getGroup() != null && label.getValue() != null) {
				labels.put(label.getGroup().toLowerCase(Locale.ROOT), label.getValue());
			}
		}
		return labels;
	}

	private static String labelOf(VCardProperty property, Map<String, String> groupLabels, List<String> types) {
		if (property.getGroup() != null) {
			String label = groupLabels.get(property.getGroup().toLowerCase(Locale.ROOT));
			if (label != null) {
				return label;
			}
		}
		for (String type : types) {
			String lower = (type == null) ? "" : type.toLowerCase(Locale.ROOT);
			if (!lower.isEmpty() && !UNINFORMATIVE_TYPES.contains(lower)) {
				return lower.equals("cell") ? "mobile" : lower;
			}
		}
		return null;
	}

}
