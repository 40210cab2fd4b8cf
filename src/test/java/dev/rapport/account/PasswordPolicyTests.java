package dev.rapport.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongUncommonPassword() {
		assertThat(this.policy.problem("plum tractor velvet lighthouse", "ann@example.com", "Ann")).isEmpty();
		assertThat(this.policy.problem("ümlaut-läuft-gut", "ann@example.com", "Ann")).isEmpty();
	}

	@Test
	void refusesShortAndOverlongPasswords() {
		assertThat(this.policy.problem("123456789", null, null)).contains("password.tooShort");
		assertThat(this.policy.problem("x".repeat(9), null, null)).contains("password.tooShort");
		assertThat(this.policy.problem("ab".repeat(65), null, null)).contains("password.tooLong");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(this.policy.size()).isGreaterThan(5000);
		assertThat(this.policy.problem("qwertyuiop", null, null)).contains("password.common");
		assertThat(this.policy.problem("Password123", null, null)).contains("password.common");
		assertThat(this.policy.problem("1234567890", null, null)).contains("password.common");
		assertThat(this.policy.problem("zzzzzzzzzzzz", null, null)).contains("password.common");
	}

	@Test
	void refusesTheAccountsOwnEmailOrName() {
		assertThat(this.policy.problem("Ann.Lima@example.com", "ann.lima@example.com", "Ann"))
			.contains("password.personal");
		assertThat(this.policy.problem("annabel.lima", "annabel.lima@example.com", "Ann"))
			.contains("password.personal");
		assertThat(this.policy.problem("Annabel Lima Souza", "a@example.com", "annabel lima souza"))
			.contains("password.personal");
	}

}
