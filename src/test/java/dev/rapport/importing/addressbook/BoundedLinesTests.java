package dev.rapport.importing.addressbook;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.importing.addressbook.VCardFileReader.BoundedLines;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure check's line reader against the plain definition of a line (text up to CR
 * LF, CR or LF), on random text read in random pieces, so that line ends fall on every
 * side of its block boundaries, CR LF split between two blocks included.
 */
class BoundedLinesTests {

	private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

	@Test
	void readsTheLinesOfRandomTextInRandomPieces() throws IOException {
		Random random = new Random(20261207);
		char[] alphabet = { 'a', 'B', ' ', '\t', ':', 'é', '€', '\r', '\n', '\r', '\n' };
		for (int round = 0; round < 300; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(40_000);
			while (text.length() < length) {
				if (random.nextInt(500) == 0) {
					// Now and then a line longer than what is kept of it.
					text.append("x".repeat(BoundedLines.KEPT + random.nextInt(100)));
				}
				text.append(alphabet[random.nextInt(alphabet.length)]);
			}
			assertReadAsDefined(text.toString(), new PiecewiseReader(text.toString(), random));
		}
	}

	@Test
	void readsEdgeCases() throws IOException {
		for (String text : new String[] { "", "\r", "\n", "\r\n", "\r\r\n\n", "a", "a\r", "a\r\nb", "a\n\rb",
				"\r\n\r\n", "a\rb\nc\r\nd" }) {
			assertReadAsDefined(text, new StringReader(text));
		}
	}

	private static void assertReadAsDefined(String text, Reader reader) throws IOException {
		BoundedLines lines = new BoundedLines(reader);
		for (String expected : linesOf(text)) {
			String line = lines.next();
			assertThat(line).isEqualTo(expected.substring(0, Math.min(expected.length(), BoundedLines.KEPT)));
			assertThat(lines.length()).isEqualTo(expected.length());
		}
		assertThat(lines.next()).isNull();
	}

	private static List<String> linesOf(String text) {
		List<String> lines = new ArrayList<>();
		Matcher end = LINE_END.matcher(text);
		int start = 0;
		while (end.find()) {
			lines.add(text.substring(start, end.start()));
			start = end.end();
		}
		if (start < text.length()) {
			lines.add(text.substring(start));
		}
		return lines;
	}

	/** Hands out the text a random number of characters at a time, none now and then. */
	private static final class PiecewiseReader extends Reader {

		private final String text;

		private final Random random;

		private int position;

		PiecewiseReader(String text, Random random) {
			this.text = text;
			this.random = random;
		}

		@Override
		public int read(char[] target, int offset, int length) {
			if (this.position == this.text.length()) {
				return -1;
			}
			int count = Math.min(Math.min(length, this.random.nextInt(20_000)), this.text.length() - this.position);
			this.text.getChars(this.position, this.position + count, target, offset);
			this.position += count;
			return count;
		}

		@Override
		public void close() {
		}

	}

}
