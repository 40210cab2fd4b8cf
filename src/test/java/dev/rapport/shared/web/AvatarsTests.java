package dev.rapport.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AvatarsTests {

	private final Avatars avatars = new Avatars();

	@Test
	void takesTheFirstAndLastWordsInitials() {
		assertThat(this.avatars.initials("Ana Lima")).isEqualTo("AL");
		assertThat(this.avatars.initials("ana maria de souza")).isEqualTo("AS");
		assertThat(this.avatars.initials("Cher")).isEqualTo("C");
	}

	@Test
	void keepsWholeCharactersAndSkipsPunctuation() {
		assertThat(this.avatars.initials("Émile Zoë")).isEqualTo("ÉZ");
		assertThat(this.avatars.initials("(Bob) \"the builder\"")).isEqualTo("B");
		assertThat(this.avatars.initials("Ana - Lima")).isEqualTo("AL");
		assertThat(this.avatars.initials("  ")).isEqualTo("?");
	}

	@Test
	void givesTheSameNameTheSameToneEverywhere() {
		assertThat(this.avatars.tone("Ana Lima")).isEqualTo(this.avatars.tone(" ana lima ")).matches("avatar-[0-5]");
	}

}
