package dev.rapport.importing.addressbook;

import java.util.Arrays;
import java.util.List;

import ezvcard.VCardDataType;
import ezvcard.VCardVersion;
import ezvcard.io.ParseContext;
import ezvcard.io.ParseWarning;
import ezvcard.io.scribe.PhotoScribe;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Photo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Skipping the unescaping of values without a backslash reads every photo value exactly
 * as ez-vcard's own scribe does: the same bytes or URL, type and warnings.
 */
class PlainPhotoScribeTests {

	@ParameterizedTest
	@ValueSource(strings = { "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U",
			"data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==", "http://example.com/photo.jpg",
			"https://example.com/a\\,b.jpg", "iVBORw0KGgo\\nAAAANSUhEUgAA", "not base64 at all!", "",
			"data:image/png\\;base64\\,iVBORw0KGgo=", "====", "\\\\" })
	void readsEveryValueAsEzVcardsOwnScribe(String value) {
		for (VCardVersion version : VCardVersion.values()) {
			for (VCardDataType type : new VCardDataType[] { null, VCardDataType.URI, VCardDataType.BINARY,
					VCardDataType.TEXT }) {
				for (String parameter : new String[] { null, "b", "BASE64" }) {
					VCardParameters parameters = new VCardParameters();
					if (parameter != null) {
						parameters.put("ENCODING", parameter);
						parameters.put("TYPE", "JPEG");
					}
					ParseContext ours = context(version);
					ParseContext theirs = context(version);

					Photo plain = new PlainPhotoScribe().parseText(value, type, parameters, ours);
					Photo original = new PhotoScribe().parseText(value, type, parameters, theirs);

					String as = String.format("%s as %s, %s, encoding %s", value, version, type, parameter);
					assertThat(plain.getData()).as("bytes of %s", as).isEqualTo(original.getData());
					assertThat(plain.getUrl()).as("URL of %s", as).isEqualTo(original.getUrl());
					assertThat(plain.getContentType()).as("type of %s", as).isEqualTo(original.getContentType());
					assertThat(messages(ours.getWarnings())).as("warnings for %s", as)
						.isEqualTo(messages(theirs.getWarnings()));
				}
			}
		}
	}

	private static ParseContext context(VCardVersion version) {
		ParseContext context = new ParseContext();
		context.setVersion(version);
		return context;
	}

	private static List<String> messages(List<ParseWarning> warnings) {
		return warnings.stream().map(ParseWarning::toString).toList();
	}

}
