package dev.rapport.importing.addressbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

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
