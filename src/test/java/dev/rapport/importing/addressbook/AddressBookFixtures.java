package dev.rapport.importing.addressbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import dev.rapport.importing.ImportFormat;

/**
 * The exporters' files under {@code src/test/resources/addressbook}, copied to a folder
 * (the readers work on files, as the import stages its upload) and read as the import
 * reads them.
 */
final class AddressBookFixtures {

	private AddressBookFixtures() {
	}

	/** Every card the reader makes of the fixture, in file order. */
	static List<ReadCard> read(Path folder, String fixture, ImportFormat format) throws IOException {
		List<ReadCard> cards = new ArrayList<>();
		new AddressBookReader(50_000).read(TextFile.of(copy(folder, fixture)), format, cards::add);
		return cards;
	}

	/** The fixture, byte for byte, as a file in the folder. */
	static Path copy(Path folder, String name) {
		Path target = folder.resolve(name);
		try (InputStream in = AddressBookFixtures.class.getResourceAsStream("/addressbook/" + name)) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

}
