package dev.rapport.importing.addressbook;

import java.io.IOException;
import java.io.InputStream;

/**
 * Rejoins UTF-8 sequences that a vCard exporter folded apart. Apple Contacts folds lines
 * at 75 octets wherever that falls, also between the two bytes of an "ø": the file is
 * then not valid UTF-8 until it is unfolded, and unfolding is text work a decoder must
 * come first for. So this stream removes a fold (a line break followed by a space or tab)
 * exactly where it interrupts a UTF-8 sequence, and passes everything else untouched for
 * the vCard reader to unfold by the rules of the file's version.
 * <p>
 * It works on its own buffer, a block at a time: reading the file a byte at a time
 * through a (synchronized) buffered stream was most of a 10,000-card import's time.
 */
final class SplitSequenceJoiner extends InputStream {

	/** The longest fold: CR LF and a space. */
	private static final int LONGEST_FOLD = 3;

	private final InputStream in;

	private final byte[] buffer = new byte[64 * 1024];

	private int position;

	private int limit;

	private boolean end;

	private int continuationBytesExpected;

	SplitSequenceJoiner(InputStream in) {
		this.in = in;
	}

	/** How many buffered bytes from the position on, up to {@code end}, are ASCII. */
	private int asciiRun(int end) {
		int at = this.position;
		while (at < end && this.buffer[at] >= 0) {
			at++;
		}
		return at - this.position;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xFF);
	}

	@Override
	public int read(byte[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		int count = 0;
		while (count < length) {
			if (this.position == this.limit && buffered(1) == 0) {
				break;
			}
			if (this.continuationBytesExpected == 0) {
				int ascii = asciiRun(Math.min(this.limit, this.position + length - count));
				if (ascii > 0) {
					// Outside a sequence, ASCII passes as it is: copied a run at a time.
					System.arraycopy(this.buffer, this.position, target, offset + count, ascii);
					this.position += ascii;
					count += ascii;
					continue;
				}
			}
			int b = this.buffer[this.position] & 0xFF;
			if (this.continuationBytesExpected > 0 && (b == '\r' || b == '\n')) {
				int fold = foldLength(buffered(LONGEST_FOLD));
				if (fold > 0) {
					// The sequence goes on after the fold: drop the fold, keep expecting
					// its bytes.
					this.position += fold;
					continue;
				}
				this.continuationBytesExpected = 0;
			}
			else if ((b & 0xC0) == 0x80) {
				this.continuationBytesExpected = Math.max(0, this.continuationBytesExpected - 1);
			}
			else if ((b & 0xE0) == 0xC0) {
				this.continuationBytesExpected = 1;
			}
			else if ((b & 0xF0) == 0xE0) {
				this.continuationBytesExpected = 2;
			}
			else if ((b & 0xF8) == 0xF0) {
				this.continuationBytesExpected = 3;
			}
			else {
				this.continuationBytesExpected = 0;
			}
			this.position++;
			target[offset + count++] = (byte) b;
		}
		return (count == 0) ? -1 : count;
	}

	@Override
	public long skip(long n) throws IOException {
		byte[] skipped = new byte[(int) Math.min(n, 8 * 1024)];
		long total = 0;
		while (total < n) {
			int read = read(skipped, 0, (int) Math.min(skipped.length, n - total));
			if (read < 0) {
				break;
			}
			total += read;
		}
		return total;
	}

	/** Only what is already buffered: never a system call. */
	@Override
	public int available() {
		return this.limit - this.position;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	/**
	 * The length of the fold (line break and one space or tab) starting at the current
	 * line break, or 0 when the break is a real one.
	 */
	private int foldLength(int buffered) {
		int at = this.position;
		int breakLength = (this.buffer[at] == '\r' && buffered > 1 && this.buffer[at + 1] == '\n') ? 2 : 1;
		if (buffered > breakLength && (this.buffer[at + breakLength] == ' ' || this.buffer[at + breakLength] == '\t')) {
			return breakLength + 1;
		}
		return 0;
	}

	/**
	 * Makes at least {@code wanted} bytes available unless the file ends first; returns
	 * how many are.
	 */
	private int buffered(int wanted) throws IOException {
		if (this.limit - this.position >= wanted || this.end) {
			return this.limit - this.position;
		}
		int kept = this.limit - this.position;
		System.arraycopy(this.buffer, this.position, this.buffer, 0, kept);
		this.position = 0;
		this.limit = kept;
		while (this.limit < wanted && !this.end) {
			int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
			if (read < 0) {
				this.end = true;
			}
			else {
				this.limit += read;
			}
		}
		return this.limit - this.position;
	}

}
