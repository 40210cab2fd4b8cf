package dev.rapport.reminders.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The two reminder addresses that work without signing in, each guarded by its own
 * secret: the calendar feed (the secret in its URL) and "stop these emails" (a signed
 * token). They carry no session, and the one-click unsubscribe is a POST from a mail
 * client, which has no CSRF token to send; the token in the request is what proves it.
 */
@Configuration(proxyBeanMethods = false)
class PublicReminderSecurity {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	@Bean
	@Order(3)
	SecurityFilterChain publicReminders(HttpSecurity http) throws Exception {
		http.securityMatcher("/calendar/*", UnsubscribeController.PATH)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frames -> frames.deny()));
		return http.build();
	}

}
