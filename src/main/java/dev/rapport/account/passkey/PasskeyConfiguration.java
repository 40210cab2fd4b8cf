package dev.rapport.account.passkey;

import dev.rapport.shared.PublicAddressProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * The beans Spring Security's {@code http.webAuthn(...)} picks up: passkeys in the
 * database ({@code user_credentials} through Spring's own JDBC repository, user handles
 * in {@code passkey_user}) and the relying party with Rapport's address and rules.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcTemplate jdbc) {
		return new PasskeyUserEntities(jdbc);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, PublicAddressProperties publicAddress, Environment environment) {
		return new PasskeyRelyingParty(users, credentials, publicAddress, environment);
	}

}
