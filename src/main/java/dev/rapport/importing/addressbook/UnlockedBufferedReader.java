package dev.rapport.importing.addressbook;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * A buffered reader for one thread, without {@link java.io.BufferedReader}'s lock.
 * ez-vcard's parser asks for every character of a file with {@link #read()}; through a
 * {@code BufferedReader} each of those calls takes and releases a lock, which for a 13 MB
 * address book (photos are most of it) is millions of locks per preview and per commit.
 * Here a character costs an array access.
 */
final class UnlockedBufferedReader extends Reader {

	private final Reader in;

	private final char[] buffer;

	private int position;

	private int limit;

	UnlockedBufferedReader(Reader in, int size) {
		this.in = in;
		this.buffer = new char[size];
	}

	@Override
	public int read() throws IOException {
		if (this.position == this.limit && !fill()) {
			return -1;
		}
		return this.buffer[this.position++];
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		Objects.checkFromIndexSize(offset, length, target.length);
		if (length == 0) {
			return 0;
		}
		if (this.position == this.limit) {
			if (length >= this.buffer.length) {
				// A large read needs no copy through the buffer.
				return this.in.read(target, offset, length);
			}
			if (!fill()) {
				return -1;
			}
		}
		int count = Math.min(length, this.limit - this.position);
		System.arraycopy(this.buffer, this.position, target, offset, count);
		this.position += count;
		return count;
	}

	@Override
	public boolean ready() throws IOException {
		return this.position < this.limit || this.in.ready();
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	private boolean fill() throws IOException {
		int count;
		do {
			count = this.in.read(this.buffer, 0, this.buffer.length);
		}
		while (count == 0);
		if (count < 0) {
			return false;
		}
		this.position = 0;
		this.limit = count;
		return true;
	}

}
