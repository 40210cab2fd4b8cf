package dev.rapport.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WebLinksTests {

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "  javascript:alert(1)",
			"\u0000javascript:alert(1)", "\tjavascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
			"javascript://www.example.com/%0Aalert(1)", "data:text/html,<script>alert(1)</script>",
			"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
			"file:///etc/passwd", "ftp://example.com/x", "mailto:ann@example.com", "//evil.com", "///evil.com",
			"https:evil.com", "https://", "https://user:secret@evil.com", "https://evil.com\\@good.com",
			"https://www.linkedin.com/in/a\u0000b", "https://www.linkedin.com/in/\"><script>alert(1)</script>",
			"https://exa mple.com", "localhost:8080", "http://localhost", " ", "" })
	void refusesAnythingButAPlainWebAddress(String link) {
		assertThat(WebLinks.toHttps(link)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "https://www.linkedin.com/in/ann-lima, https://www.linkedin.com/in/ann-lima",
			"http://www.linkedin.com/in/ann-lima, https://www.linkedin.com/in/ann-lima",
			"HTTP://www.linkedin.com/in/ann, https://www.linkedin.com/in/ann",
			"www.linkedin.com/in/ann, https://www.linkedin.com/in/ann",
			"'  https://example.com/a?b=c#d  ', https://example.com/a?b=c#d",
			"example.com:8443/profile, https://example.com:8443/profile" })
	void rendersWebAddressesAsHttps(String link, String expected) {
		assertThat(WebLinks.toHttps(link)).isEqualTo(expected).startsWith("https://");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://example.com", "example.com", "https://example.com" })
	void neverReturnsAnythingButHttps(String link) {
		assertThat(WebLinks.toHttps(link)).startsWith("https://");
	}

}
