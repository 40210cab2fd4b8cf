package dev.rapport.importing.addressbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * Rejoins UTF-8 sequences that a vCard exporter folded apart. Apple Contacts folds lines at 75 octets
 * wherever that falls, also between the two bytes of an "ø": the file is then not valid UTF-8 until
 * it is unfolded, and unfolding is text work a decoder must come first for. So this stream removes a
 * fold (a line break followed by a space or tab) exactly where it interrupts a UTF-8 sequence, and
 * passes everything else untouched for the vCard reader to unfold by the rules of the file's version.
 */
final class SplitSequenceJoiner extends FilterInputStream {

	private int continuationBytesExpected;

	SplitSequenceJoiner(InputStream in) {
		super(new PushbackInputStream(in, 3));
	}

	@Override
	public int read() throws IOException {
		int b = this.in.read();
		if (b < 0) {
			return b;
		}
		if (this.continuationBytesExpected > 0 && (b == '\r' || b == '\n')) {
			int[] ahead = new int[2];
			int count = 0;
			PushbackInputStream pushback = (PushbackInputStream) this.in;
			int next = pushback.read();
			ahead[count++] = next;
			if (b == '\r' && next == '\n') {
				next = pushback.read();
				ahead[count++] = next;
			}
			if (next == ' ' || next == '\t') {
				return read();
			}
			for (int i = count - 1; i >= 0; i--) {
				if (ahead[i] >= 0) {
					pushback.unread(ahead[i]);
				}
			}
			this.continuationBytesExpected = 0;
			return b;
		}
		if ((b & 0xC0) == 0x80) {
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
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		// Fills the buffer up to the end of the file. (Asking available() after every byte, as this did,
		// cost a system call per byte on a file: minutes for a 25 MB address book.)
		int count = 0;
		while (count < length) {
			int b = read();
			if (b < 0) {
				return (count == 0) ? -1 : count;
			}
			buffer[offset + count++] = (byte) b;
		}
		return count;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = 0;
		while (skipped < n && read() >= 0) {
			skipped++;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
