package dev.rapport.importing.addressbook;

import java.io.IOException;
import java.util.function.Consumer;

import dev.rapport.importing.ImportFormat;

/**
 * Reads any address-book format the import knows into a stream of cards: vCard, Google
 * CSV, Outlook CSV or Thunderbird CSV. Pure: it touches nothing but the file. Because
 * cards reach the sink before the end of the file is checked, a caller must treat
 * everything the sink received as void when it throws.
 */
public final class AddressBookReader {

	private final int entryLimit;

	public AddressBookReader(int entryLimit) {
		this.entryLimit = entryLimit;
	}

	/**
	 * @return how many entries the file has
	 * @throws AddressBookFileException when the file is not a readable file of that
	 * format
	 */
	public int read(TextFile file, ImportFormat format, Consumer<ReadCard> sink) throws IOException {
		return switch (format) {
			case VCARD -> new VCardFileReader(this.entryLimit).read(file, sink);
			case GOOGLE_CSV -> new CsvCardReader(this.entryLimit).read(file, CsvCardReader.google(), sink);
			case OUTLOOK_CSV -> new CsvCardReader(this.entryLimit).read(file, CsvCardReader.outlook(), sink);
			case THUNDERBIRD_CSV -> new CsvCardReader(this.entryLimit).read(file, CsvCardReader.thunderbird(), sink);
			case LINKEDIN, RAPPORT_BACKUP -> throw new IllegalArgumentException("Not an address book: " + format);
		};
	}

}
