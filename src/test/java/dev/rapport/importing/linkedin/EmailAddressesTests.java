package dev.rapport.importing.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTests {

	@ParameterizedTest
	@ValueSource(strings = { "jane@example.com", "Jane.Doe+linkedin@Example.co.uk", "j@xn--bcher-kva.example" })
	void keepsPlausibleAddressesAsWritten(String email) {
		assertThat(EmailAddresses.plausibleOrNull(" " + email + " ")).isEqualTo(email);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "urn:li:member:123456789", "jane", "jane@", "@example.com", "jane@localhost",
			"jane doe@example.com", "jane@@example.com", "jane@example." })
	void dropsWhatIsNotAnEmailAddress(String value) {
		assertThat(EmailAddresses.plausibleOrNull(value)).isNull();
	}

}
