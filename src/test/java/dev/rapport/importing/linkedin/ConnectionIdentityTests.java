package dev.rapport.importing.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ConnectionIdentityTests {

	private static final LocalDate MARCH_FIRST = LocalDate.of(2024, 3, 1);

	@Test
	void prefersTheProfileUrl() {
		ConnectionRow row = row("https://www.linkedin.com/in/jane-doe", "jane@example.com", "Acme");

		assertThat(ConnectionIdentity.keyOf(row)).isEqualTo("url:https://www.linkedin.com/in/jane-doe");
	}

	@Test
	void fallsBackToLowerCasedEmail() {
		ConnectionRow row = row(null, "Jane.Doe@Example.COM", "Acme");

		assertThat(ConnectionIdentity.keyOf(row)).isEqualTo("email:jane.doe@example.com");
	}

	@Test
	void fallsBackToAHashOfTheWholeRow() {
		assertThat(ConnectionIdentity.keyOf(row(null, null, "Acme"))).matches("row:[0-9a-f]{64}");
	}

	@Test
	void givesEqualRowsOnDifferentLinesTheSameKey() {
		ConnectionRow first = new ConnectionRow(5, "Jane", "Doe", null, null, "Acme", "Engineer", MARCH_FIRST);
		ConnectionRow second = new ConnectionRow(9, "Jane", "Doe", null, null, "Acme", "Engineer", MARCH_FIRST);

		assertThat(first.identityKey()).isEqualTo(second.identityKey());
	}

	@Test
	void tellsSameNamedPeopleApartByAnyOtherValue() {
		ConnectionRow jane = new ConnectionRow(5, "Jane", "Doe", null, null, "Acme", "Engineer", MARCH_FIRST);

		assertThat(jane.identityKey())
			.isNotEqualTo(
					new ConnectionRow(6, "Jane", "Doe", null, null, "Globex", "Engineer", MARCH_FIRST).identityKey())
			.isNotEqualTo(new ConnectionRow(6, "Jane", "Doe", null, null, "Acme", "Analyst", MARCH_FIRST).identityKey())
			.isNotEqualTo(new ConnectionRow(6, "Jane", "Doe", null, null, "Acme", "Engineer", null).identityKey());
	}

	@Test
	void keepsValueBoundariesApart() {
		ConnectionRow split = new ConnectionRow(5, "Mary Ann", "Lee", null, null, "", "", null);
		ConnectionRow shifted = new ConnectionRow(5, "Mary", "Ann Lee", null, null, "", "", null);

		assertThat(split.identityKey()).isNotEqualTo(shifted.identityKey());
	}

	private static ConnectionRow row(String profileUrl, String email, String company) {
		return new ConnectionRow(5, "Jane", "Doe", profileUrl, email, company, "Engineer", MARCH_FIRST);
	}

}
