package dev.rapport.importing.addressbook;

import java.util.List;

import ezvcard.VCardDataType;
import ezvcard.VCardVersion;
import ezvcard.io.ParseContext;
import ezvcard.io.ParseWarning;
import ezvcard.io.scribe.TelephoneScribe;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Telephone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcut for plain numbers reads every value exactly as ez-vcard's own scribe does:
 * the same text or URI, and the same warnings.
 */
class PlainTelephoneScribeTests {

	@ParameterizedTest
	@ValueSource(strings = { "+44 20 7946 0958", "(555) 010-0199", "0049 30 1234567 ext. 12", "tel:+1-555-010-0199",
			"TEL:+1-555-010-0199;ext=7", "tel:", "tel:+33 1 23 45 67 89", "te", "", "1\\,2\\;3", "  +44 20 7946 0958  ",
			"Tel:+1-555", "mobile: 555 0199" })
	void readsEveryValueAsEzVcardsOwnScribe(String value) {
		for (VCardDataType type : new VCardDataType[] { null, VCardDataType.TEXT, VCardDataType.URI }) {
			ParseContext ours = context();
			ParseContext theirs = context();

			Telephone plain = new PlainTelephoneScribe().parseText(value, type, new VCardParameters(), ours);
			Telephone original = new TelephoneScribe().parseText(value, type, new VCardParameters(), theirs);

			assertThat(plain.getText()).as("text of %s as %s", value, type).isEqualTo(original.getText());
			assertThat(String.valueOf(plain.getUri())).as("URI of %s as %s", value, type)
				.isEqualTo(String.valueOf(original.getUri()));
			assertThat(messages(ours.getWarnings())).as("warnings for %s as %s", value, type)
				.isEqualTo(messages(theirs.getWarnings()));
		}
	}

	private static ParseContext context() {
		ParseContext context = new ParseContext();
		context.setVersion(VCardVersion.V4_0);
		return context;
	}

	private static List<String> messages(List<ParseWarning> warnings) {
		return warnings.stream().map(ParseWarning::toString).toList();
	}

}
