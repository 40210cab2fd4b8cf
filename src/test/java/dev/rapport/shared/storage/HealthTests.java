package dev.rapport.shared.storage;

import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** What a load balancer or a supervisor sees: a status, anonymously, and nothing more. */
@WebIntegrationTest
class HealthTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void healthIsPublicAndSaysOnlyUpOrDown() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			assertThat(this.mvc.get().uri(path)).as(path)
				.hasStatusOk()
				.bodyJson()
				.extractingPath("$.status")
				.isEqualTo("UP");
			assertThat(this.mvc.get().uri(path)).as(path)
				.bodyText()
				.doesNotContain("components", "details", "storage", "diskSpace");
		}
	}

	@Test
	void noOtherActuatorEndpointIsExposed() {
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/info",
				"/actuator/heapdump" }) {
			assertThat(this.mvc.get().uri(path).with(user("someone@example.com"))).as(path).hasStatus(404);
		}
	}

}
