package dev.rapport.support;

import java.nio.charset.StandardCharsets;

/**
 * Address-book files no exporter writes, built to make a reader hold a lot; built in
 * memory rather than checked in (one is 19 MB).
 */
public final class HostileFiles {

	public static final int NINETEEN_MB = 19 * 1024 * 1024;

	private HostileFiles() {
	}

	/** An Outlook-like CSV whose header and row have 10,000 columns. */
	public static byte[] tenThousandColumns() {
		StringBuilder file = new StringBuilder("First Name,Last Name,E-mail Address");
		for (int i = 4; i <= 10_000; i++) {
			file.append(",Column ").append(i);
		}
		file.append("\r\nAna,Lima,ana@example.com").append(",x".repeat(9_997)).append("\r\n");
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A vCard whose NOTE (line 4) is one line of 19 MB. */
	public static byte[] vCardWithANineteenMegabyteNote() {
		return ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nNOTE:" + "a".repeat(NINETEEN_MB) + "\r\nEND:VCARD\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
