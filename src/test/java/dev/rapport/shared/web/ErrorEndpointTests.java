package dev.rapport.shared.web;

import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * {@code /error} asked for directly is a page that does not exist; Swagger UI carries a
 * CSP.
 */
@WebIntegrationTest
class ErrorEndpointTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void errorAskedForDirectlyIsNotFound() {
		assertThat(this.mvc.get().uri("/error")).hasStatus(404);
		assertThat(this.mvc.get().uri("/error").with(user("someone@example.com"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/error").header(HttpHeaders.ACCEPT, "application/json")).hasStatus(404);
	}

	@Test
	void swaggerUiCarriesAStrictContentSecurityPolicy() {
		assertThat(this.mvc.get().uri("/swagger-ui/index.html")).hasStatusOk()
			.headers()
			.hasValue("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
							+ "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
							+ "form-action 'self'");
	}

}
