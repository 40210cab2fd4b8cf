package dev.rapport.shared;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rapport.base-url} is the one public address (mail, calendar feed). Both
 * spellings of its environment variable that the documentation has used set it.
 */
class PublicAddressPropertiesTests {

	@ParameterizedTest
	@ValueSource(strings = { "RAPPORT_BASEURL", "RAPPORT_BASE_URL" })
	void theEnvironmentVariableSetsThePublicAddress(String variable) {
		SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of(variable, "https://example.org/rapport"));

		PublicAddressProperties bound = new Binder(ConfigurationPropertySources.from(environment))
			.bind("rapport", PublicAddressProperties.class)
			.get();

		assertThat(bound.baseUrl()).isEqualTo(URI.create("https://example.org/rapport"));
		assertThat(new PublicLinks(bound).to("/this-week")).isEqualTo("https://example.org/rapport/this-week");
	}

}
