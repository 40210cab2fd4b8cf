package dev.rapport.contact.internal;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Keeps a JPEG that is already avatar-sized as its own bytes, without the segments that
 * only carry metadata: EXIF and XMP (where and with what camera the picture was taken),
 * Photoshop's IPTC and comments. What a browser needs to show it stays: the JFIF header,
 * the ICC colour profile, Adobe's colour transform, the tables, frame and scans. The
 * pixels are not decoded, so they are exactly those of the original; the avatar looks as
 * it did in the address book (EXIF orientation is dropped, as decoding and encoding again
 * dropped it).
 * <p>
 * Only the JPEGs every browser shows are kept this way: baseline, extended or progressive
 * Huffman coding, grey or colour (one or three components), the structure intact to the
 * end-of-image marker and at most {@link #MAX_BYTES} long without metadata. Anything else
 * answers empty, and the caller decodes and encodes it like any other image.
 */
final class SmallJpeg {

	/**
	 * A 256-pixel JPEG at high quality is well under this; a larger one is padded or
	 * unusual and is encoded again.
	 */
	static final int MAX_BYTES = 64 * 1024;

	private static final int SOI = 0xD8;

	private static final int EOI = 0xD9;

	private static final int SOS = 0xDA;

	private static final int APP0 = 0xE0;

	/** The ICC colour profile. */
	private static final int APP2 = 0xE2;

	/** Adobe's segment: how the colour components are transformed. */
	private static final int APP14 = 0xEE;

	private static final int COM = 0xFE;

	private SmallJpeg() {
	}

	/**
	 * The JPEG without its metadata segments, or empty when it is not one to keep as it
	 * is.
	 */
	static Optional<byte[]> withoutMetadata(byte[] jpeg) {
		int length = jpeg.length;
		if (length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != SOI || (jpeg[length - 2] & 0xFF) != 0xFF
				|| (jpeg[length - 1] & 0xFF) != EOI) {
			return Optional.empty();
		}
		ByteArrayOutputStream kept = new ByteArrayOutputStream(Math.min(length, MAX_BYTES));
		kept.write(jpeg, 0, 2);
		boolean frame = false;
		int at = 2;
		while (at + 4 <= length) {
			if ((jpeg[at] & 0xFF) != 0xFF) {
				return Optional.empty();
			}
			int marker = jpeg[at + 1] & 0xFF;
			if (marker == 0xFF) {
				at++; // a fill byte before the marker
				continue;
			}
			if (marker == SOS) {
				if (!frame) {
					return Optional.empty();
				}
				// The scans and whatever follows them up to the end-of-image marker, as
				// they are.
				kept.write(jpeg, at, length - at);
				return (kept.size() <= MAX_BYTES) ? Optional.of(kept.toByteArray()) : Optional.empty();
			}
			if (marker == EOI || marker == SOI || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
				return Optional.empty(); // no image data, or a marker that belongs in a
											// scan
			}
			int segment = 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
			if (segment < 4 || at + segment > length) {
				return Optional.empty();
			}
			if (isFrame(marker)) {
				if (frame || !browsersShow(marker, jpeg, at, segment)) {
					return Optional.empty();
				}
				frame = true;
			}
			if (!isMetadata(marker)) {
				kept.write(jpeg, at, segment);
			}
			at += segment;
		}
		return Optional.empty();
	}

	/** A start-of-frame marker (0xC0 to 0xCF, except the tables and the reserved one). */
	private static boolean isFrame(int marker) {
		return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
	}

	/**
	 * Huffman-coded baseline, extended or progressive frames of one or three components.
	 */
	private static boolean browsersShow(int marker, byte[] jpeg, int at, int segment) {
		if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2) {
			return false;
		}
		// Length (2), precision (1), height (2), width (2), number of components (1).
		if (segment < 2 + 8) {
			return false;
		}
		int components = jpeg[at + 9] & 0xFF;
		return components == 1 || components == 3;
	}

	private static boolean isMetadata(int marker) {
		return (marker > APP0 && marker <= 0xEF && marker != APP2 && marker != APP14) || marker == COM;
	}

}
