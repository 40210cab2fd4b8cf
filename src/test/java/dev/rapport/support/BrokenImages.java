package dev.rapport.support;

import java.util.Arrays;

/** Images that look like images to a reader and fail when decoded. */
public final class BrokenImages {

	private BrokenImages() {
	}

	/**
	 * The JPEG with its first Huffman table counting more than 256 codes: the decoder
	 * stops with an error. (A truncated JPEG would not do: the decoder fills in the
	 * missing part.)
	 */
	public static byte[] withBogusHuffmanTable(byte[] jpeg) {
		byte[] broken = jpeg.clone();
		for (int at = 2; at + 21 < broken.length; at++) {
			if ((broken[at] & 0xFF) == 0xFF && (broken[at + 1] & 0xFF) == 0xC4) {
				// Marker (2), length (2), table class and id (1), then 16 counts.
				Arrays.fill(broken, at + 5, at + 21, (byte) 0xFF);
				return broken;
			}
		}
		throw new IllegalArgumentException("No Huffman table");
	}

}
