package dev.rapport.importing.linkedin;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 for the CSV parser, refusing what is not text instead of letting it
 * through as replacement characters: malformed UTF-8 and control characters (binary files
 * such as a PNG or the zipped LinkedIn archive are full of NUL bytes) reject the file
 * with the line they are on. It also drops the byte order mark a spreadsheet re-save
 * adds, which would otherwise stick to the first header label.
 * <p>
 * It decodes by itself rather than through {@code InputStreamReader} so that all text
 * before a malformed byte is handed on first, which keeps the reported line exact.
 */
final class StrictTextReader extends Reader {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final int BUFFER_SIZE = 8192;

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();

	private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();

	private boolean endOfInput;

	private boolean flushed;

	private boolean atStart = true;

	private int line = 1;

	private boolean afterCarriageReturn;

	StrictTextReader(InputStream in) {
		this.in = in;
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (!this.chars.hasRemaining()) {
			if (!decodeMore()) {
				return -1;
			}
		}
		int count = Math.min(length, this.chars.remaining());
		for (int i = 0; i < count; i++) {
			char c = this.chars.get();
			trackLine(c);
			target[offset + i] = c;
		}
		return count;
	}

	private void trackLine(char c) {
		if (c == '\n') {
			if (!this.afterCarriageReturn) {
				this.line++;
			}
		}
		else if (c == '\r') {
			this.line++;
		}
		else if (c < ' ' && c != '\t') {
			throw LinkedInFileException.binaryData(this.line);
		}
		this.afterCarriageReturn = (c == '\r');
	}

	/** Fills the character buffer; false at the end of the input. */
	private boolean decodeMore() throws IOException {
		this.chars.clear();
		while (this.chars.position() == 0 && !this.flushed) {
			CoderResult result = this.decoder.decode(this.bytes, this.chars, this.endOfInput);
			if (result.isError()) {
				if (this.chars.position() > 0) {
					break; // hand on the good text first: the error comes back on the
							// next call
				}
				throw undecodable();
			}
			if (result.isOverflow()) {
				break;
			}
			if (this.endOfInput) {
				this.decoder.flush(this.chars);
				this.flushed = true;
			}
			else {
				readMoreBytes();
			}
		}
		this.chars.flip();
		skipByteOrderMarkAtStart();
		return this.chars.hasRemaining() || !this.flushed;
	}

	private void readMoreBytes() throws IOException {
		this.bytes.compact();
		int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
		if (read < 0) {
			this.endOfInput = true;
		}
		else {
			this.bytes.position(this.bytes.position() + read);
		}
		this.bytes.flip();
	}

	private void skipByteOrderMarkAtStart() {
		if (this.atStart && this.chars.hasRemaining()) {
			this.atStart = false;
			if (this.chars.get(this.chars.position()) == BYTE_ORDER_MARK) {
				this.chars.get();
			}
		}
	}

	/**
	 * Text in another encoding (Windows-1252 from a spreadsheet, UTF-16 with its byte
	 * order mark) is reported as such; otherwise NUL bytes near the bad bytes mean binary
	 * data, the more helpful message then.
	 */
	private LinkedInFileException undecodable() {
		if (this.atStart && startsWithUtf16ByteOrderMark()) {
			return LinkedInFileException.notUtf8(this.line);
		}
		for (int i = this.bytes.position(); i < this.bytes.limit(); i++) {
			if (this.bytes.get(i) == 0) {
				return LinkedInFileException.binaryData(this.line);
			}
		}
		return LinkedInFileException.notUtf8(this.line);
	}

	private boolean startsWithUtf16ByteOrderMark() {
		if (this.bytes.limit() < 2) {
			return false;
		}
		int first = this.bytes.get(0) & 0xFF;
		int second = this.bytes.get(1) & 0xFF;
		return (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF);
	}

	/** The caller owns the stream, so closing this reader leaves it open. */
	@Override
	public void close() {
	}

}
