package dev.rapport.importing.addressbook;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnlockedBufferedReaderTests {

	private static final String TEXT = "BEGIN:VCARD\r\nFN:Renée 佐藤 🙂\r\nEND:VCARD\r\n".repeat(7);

	@Test
	void readsEveryCharacterInOrderAcrossBufferRefills() throws IOException {
		StringBuilder read = new StringBuilder();
		try (UnlockedBufferedReader reader = new UnlockedBufferedReader(new StringReader(TEXT), 5)) {
			for (int next = reader.read(); next != -1; next = reader.read()) {
				read.append((char) next);
			}
			assertThat(reader.read()).isEqualTo(-1);
		}
		assertThat(read.toString()).isEqualTo(TEXT);
	}

	@Test
	void mixedSingleSmallAndLargeReadsGiveTheSameText() throws IOException {
		StringBuilder read = new StringBuilder();
		char[] chunk = new char[64];
		try (UnlockedBufferedReader reader = new UnlockedBufferedReader(new StringReader(TEXT), 8)) {
			int step = 0;
			while (true) {
				int wanted = new int[] { 1, 3, 64, 7, 9 }[step++ % 5];
				int count = (wanted == 1) ? single(reader, chunk) : reader.read(chunk, 0, wanted);
				if (count == -1) {
					break;
				}
				read.append(chunk, 0, count);
			}
		}
		assertThat(read.toString()).isEqualTo(TEXT);
	}

	private static int single(UnlockedBufferedReader reader, char[] into) throws IOException {
		int next = reader.read();
		if (next == -1) {
			return -1;
		}
		into[0] = (char) next;
		return 1;
	}

}
