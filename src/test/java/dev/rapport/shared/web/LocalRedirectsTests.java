package dev.rapport.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalRedirectsTests {

	@Test
	void goesOnlyToPathsOnThisSite() {
		assertThat(LocalRedirects.to("/contacts/7", "/")).isEqualTo("redirect:/contacts/7");
		assertThat(LocalRedirects.to("https://evil.example", "/")).isEqualTo("redirect:/");
		assertThat(LocalRedirects.to("//evil.example", "/")).isEqualTo("redirect:/");
		assertThat(LocalRedirects.to("/\\evil.example", "/")).isEqualTo("redirect:/");
		assertThat(LocalRedirects.to("/contacts\r\nSet-Cookie: x=1", "/")).isEqualTo("redirect:/");
		assertThat(LocalRedirects.to(null, "/follow-ups")).isEqualTo("redirect:/follow-ups");
	}

	@Test
	void encodesNonAsciiTextAndTemplateBraces() {
		assertThat(LocalRedirects.to("/contacts?q=Zoë", "/")).isEqualTo("redirect:/contacts?q=Zo%C3%AB");
		assertThat(LocalRedirects.to("/contacts?q=李", "/")).isEqualTo("redirect:/contacts?q=%E6%9D%8E");
		assertThat(LocalRedirects.to("/{x}", "/")).isEqualTo("redirect:/%7Bx%7D");
		assertThat(LocalRedirects.to("/contacts?q=%C3%AB", "/")).as("already encoded stays as it is")
			.isEqualTo("redirect:/contacts?q=%C3%AB");
	}

}
