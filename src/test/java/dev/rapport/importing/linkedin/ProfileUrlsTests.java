package dev.rapport.importing.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileUrlsTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://www.linkedin.com/in/jane-doe", "http://www.linkedin.com/in/jane-doe",
			"https://linkedin.com/in/jane-doe", "https://de.linkedin.com/in/jane-doe",
			"https://m.linkedin.com/in/jane-doe", "HTTPS://WWW.LINKEDIN.COM/in/jane-doe",
			"www.linkedin.com/in/jane-doe", "linkedin.com/in/jane-doe", "https://www.linkedin.com/in/jane-doe/",
			"https://www.linkedin.com/in/jane-doe?trk=people-guest", "https://www.linkedin.com/in/jane-doe/#experience",
			"https://www.linkedin.com/in/jane-doe/de", "https://www.linkedin.com/in/Jane-Doe",
			"  https://www.linkedin.com/in/jane-doe  " })
	void unifiesSchemeHostCaseAndEverythingAfterTheSlug(String url) {
		assertThat(ProfileUrls.normalise(url)).isEqualTo("https://www.linkedin.com/in/jane-doe");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller",
			"https://www.linkedin.com/in/j%c3%bcrgen-m%c3%bcller",
			"https://www.linkedin.com/in/J%C3%9Crgen-M%C3%BCller", "https://www.linkedin.com/in/jürgen-müller",
			"https://www.linkedin.com/in/ju%CC%88rgen-mu%CC%88ller" })
	void decodesComposesAndLowerCasesNonAsciiSlugs(String url) {
		assertThat(ProfileUrls.normalise(url)).isEqualTo("https://www.linkedin.com/in/j\u00FCrgen-m\u00FCller");
	}

	@Test
	void decodesCjkSlugs() {
		assertThat(ProfileUrls.normalise("https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E"))
			.isEqualTo("https://www.linkedin.com/in/王小明");
	}

	@Test
	void keepsPlusAsPartOfTheSlug() {
		assertThat(ProfileUrls.normalise("https://www.linkedin.com/in/a+b"))
			.isEqualTo("https://www.linkedin.com/in/a+b");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "not a url", "https://example.com/in/jane-doe",
			"https://evillinkedin.com/in/jane-doe", "https://linkedin.com.evil.example/in/jane-doe",
			"https://www.linkedin.com/company/acme", "https://www.linkedin.com/pub/jane-doe/1/2/3",
			"https://www.linkedin.com/in/", "https://www.linkedin.com/in//x", "ftp://www.linkedin.com/in/jane-doe",
			"https://www.linkedin.com:8443/in/jane-doe", "https://www.linkedin.com/in/%E0%A4",
			"https://www.linkedin.com/in/bad%zzescape", "https://www.linkedin.com/in/a%2Fb",
			"https://www.linkedin.com/in/a%20b", "urn:li:member:123456" })
	void rejectsWhatIsNotALinkedInProfileUrl(String url) {
		assertThat(ProfileUrls.normalise(url)).isNull();
	}

}
