package dev.rapport.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTests {

	@Test
	void joinsNamesAsASentenceWould() {
		assertThat(Names.join(List.of(), "and")).isEmpty();
		assertThat(Names.join(List.of("Ana"), "and")).isEqualTo("Ana");
		assertThat(Names.join(List.of("Ana", "Ben"), "and")).isEqualTo("Ana and Ben");
		assertThat(Names.join(List.of("Ana", "Ben", "Cy"), "and")).isEqualTo("Ana, Ben and Cy");
	}

}
