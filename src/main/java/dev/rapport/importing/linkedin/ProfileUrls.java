package dev.rapport.importing.linkedin;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Brings LinkedIn profile URLs into one canonical form, so the same person compares equal
 * across exports, browsers and copy-pastes: {@code https://www.linkedin.com/in/<slug>}.
 */
public final class ProfileUrls {

	private static final String CANONICAL_PREFIX = "https://www.linkedin.com/in/";

	/**
	 * Any scheme-less or http(s) URL on linkedin.com or one subdomain of it ({@code www},
	 * mobile {@code m}, country {@code de}); the slug is the first path segment after
	 * {@code /in/}, and whatever follows it (a trailing slash, a locale segment, a query,
	 * a fragment) is dropped.
	 */
	private static final Pattern PROFILE_URL = Pattern
		.compile("(?i)(?:https?://)?(?:[a-z0-9-]+\\.)?linkedin\\.com/in/(?<slug>[^/?#\\s]+)(?:[/?#].*)?");

	private ProfileUrls() {
	}

	/**
	 * The canonical form of a LinkedIn profile URL, or {@code null} for anything that is
	 * not one. The slug is percent-decoded, NFC-normalised and lower-cased, because
	 * LinkedIn treats slugs case-insensitively and encodes non-ASCII slugs
	 * inconsistently.
	 */
	public static @Nullable String normalise(@Nullable String url) {
		if (url == null) {
			return null;
		}
		Matcher matcher = PROFILE_URL.matcher(url.strip());
		if (!matcher.matches()) {
			return null;
		}
		String slug = percentDecoded(matcher.group("slug"));
		if (slug == null || slug.isBlank() || slug.contains("/") || slug.chars().anyMatch(Character::isWhitespace)) {
			return null;
		}
		return CANONICAL_PREFIX + Normalizer.normalize(slug, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

	/**
	 * Decodes {@code %XX} escapes as UTF-8. Unlike {@code URLDecoder} it keeps {@code +},
	 * which is a literal plus in a path, and it refuses broken escapes instead of
	 * guessing.
	 */
	private static @Nullable String percentDecoded(String text) {
		if (text.indexOf('%') < 0 && text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
			// Nothing to decode, and no lone surrogate the round trip below would reject:
			// the
			// common case, which an import of 30,000 rows should not pay a byte copy per
			// char for.
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c != '%') {
				int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
				bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
				i = end;
				continue;
			}
			if (i + 2 >= text.length() || !isHexDigit(text.charAt(i + 1)) || !isHexDigit(text.charAt(i + 2))) {
				return null;
			}
			bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
			i += 3;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return null;
		}
	}

	private static boolean isHexDigit(char c) {
		return Character.digit(c, 16) >= 0 && c < 128;
	}

}
