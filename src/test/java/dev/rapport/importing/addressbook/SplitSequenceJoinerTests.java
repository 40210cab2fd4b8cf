package dev.rapport.importing.addressbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SplitSequenceJoinerTests {

	/** "ø" is C3 B8 in UTF-8; Apple may fold between the two bytes. */
	private static final byte[] FOLDED_O = { 'B', (byte) 0xC3, '\r', '\n', ' ', (byte) 0xB8, 'r', 'n' };

	@Test
	void rejoinsASequenceFoldedApartWithCrLfLfOrCr() throws IOException {
		assertThat(joined(FOLDED_O)).isEqualTo("Børn".getBytes(StandardCharsets.UTF_8));
		assertThat(joined(new byte[] { (byte) 0xC3, '\n', '\t', (byte) 0xB8 }))
			.isEqualTo("ø".getBytes(StandardCharsets.UTF_8));
		assertThat(joined(new byte[] { (byte) 0xC3, '\r', ' ', (byte) 0xB8 }))
			.isEqualTo("ø".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void leavesFoldsBetweenWholeCharactersAndRealLineBreaksForTheVCardReader() throws IOException {
		byte[] text = "NOTE:Bø\r\n rn\r\nFN:Å\r\nEND".getBytes(StandardCharsets.UTF_8);
		assertThat(joined(text)).isEqualTo(text);
		// A line break inside a broken sequence that is no fold stays, and the sequence
		// is given up.
		byte[] broken = { (byte) 0xC3, '\r', '\n', 'X' };
		assertThat(joined(broken)).isEqualTo(broken);
	}

	@Test
	void rejoinsAFoldThatStraddlesItsBufferAndReadsByteByByteAlike() throws IOException {
		for (int padding = 64 * 1024 - 6; padding <= 64 * 1024 + 1; padding++) {
			ByteArrayOutputStream file = new ByteArrayOutputStream();
			file.write("x".repeat(padding).getBytes(StandardCharsets.US_ASCII));
			file.write(FOLDED_O);
			byte[] expected = ("x".repeat(padding) + "Børn").getBytes(StandardCharsets.UTF_8);
			assertThat(joined(file.toByteArray())).as("padding %d", padding).isEqualTo(expected);
			assertThat(joinedByteByByte(file.toByteArray())).as("padding %d", padding).isEqualTo(expected);
		}
	}

	@Test
	void readsThroughASourceThatHandsOverOneByteAtATime() throws IOException {
		InputStream trickle = new ByteArrayInputStream(FOLDED_O) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, 1));
			}
		};
		try (InputStream in = new SplitSequenceJoiner(trickle)) {
			assertThat(in.readAllBytes()).isEqualTo("Børn".getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void randomTextFoldedAnywhereComesBackWithOnlyTheFoldsBetweenCharacters() throws IOException {
		// Text in several scripts, folded every few bytes wherever that falls (as Apple
		// folds at 75 octets): the folds inside a character go, the others stay, whatever
		// size the reads.
		String[] pieces = { "Anna ", "Børn ", "佐藤 ", "Łódź ", "\uD83D\uDE00 ", "plain ASCII text ", "é" };
		Random random = new Random(42);
		for (int round = 0; round < 200; round++) {
			ByteArrayOutputStream folded = new ByteArrayOutputStream();
			ByteArrayOutputStream expected = new ByteArrayOutputStream();
			int sinceFold = 0;
			for (int piece = 0; piece < 400; piece++) {
				for (int codePoint : pieces[random.nextInt(pieces.length)].codePoints().toArray()) {
					byte[] character = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
					for (int i = 0; i < character.length; i++) {
						if (++sinceFold >= 2 + random.nextInt(75)) {
							folded.writeBytes("\r\n ".getBytes(StandardCharsets.US_ASCII));
							if (i == 0) {
								expected.writeBytes("\r\n ".getBytes(StandardCharsets.US_ASCII));
							}
							sinceFold = 0;
						}
						folded.write(character[i]);
						expected.write(character[i]);
					}
				}
			}
			assertThat(joined(folded.toByteArray())).isEqualTo(expected.toByteArray());
			assertThat(joinedInReadsOf(folded.toByteArray(), 1 + random.nextInt(100)))
				.isEqualTo(expected.toByteArray());
		}
	}

	private static byte[] joinedInReadsOf(byte[] bytes, int size) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] chunk = new byte[size];
		try (InputStream in = new SplitSequenceJoiner(new ByteArrayInputStream(bytes))) {
			for (int read = in.read(chunk, 0, size); read >= 0; read = in.read(chunk, 0, size)) {
				out.write(chunk, 0, read);
			}
		}
		return out.toByteArray();
	}

	private static byte[] joined(byte[] bytes) throws IOException {
		try (InputStream in = new SplitSequenceJoiner(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

	private static byte[] joinedByteByByte(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (InputStream in = new SplitSequenceJoiner(new ByteArrayInputStream(bytes))) {
			for (int b = in.read(); b >= 0; b = in.read()) {
				out.write(b);
			}
		}
		return out.toByteArray();
	}

}
