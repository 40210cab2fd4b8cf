package dev.rapport.account.internal;

import java.util.function.Supplier;

import dev.rapport.account.AccessTokenService;
import dev.rapport.account.SignInProperties;
import dev.rapport.account.twofactor.TwoFactorService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The JSON API's own filter chain, ahead of the browser one. Scripts authenticate every
 * request with a bearer token, so there is no session and no CSRF token (nothing is sent
 * automatically by a browser that an attacker could ride on). The password is accepted
 * only to create a token (HTTP Basic on {@code POST /api/v1/tokens}, as Gitea does): a
 * leaked token cannot mint more tokens, and a password never becomes the everyday
 * credential of a script.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String TOKENS_PATH = "/api/v1/tokens";

	/**
	 * Swagger UI runs only its own scripts (no inline script), like the pages; its React
	 * views set style attributes, hence {@code 'unsafe-inline'} for styles only, and it
	 * calls the API on this site only.
	 */
	static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
			+ "form-action 'self'";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AccessTokenService tokens, TwoFactorService twoFactor,
			SignInThrottle throttle, ObjectProvider<ClientRegistrationRepository> providers, SignInProperties signIn)
			throws Exception {
		ApiProblemResponses problems = new ApiProblemResponses();
		if (!signIn.password() && providers.getIfAvailable() != null) {
			http.addFilterBefore(new PasswordSignInOffFilter(problems), BasicAuthenticationFilter.class);
		}
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, TOKENS_PATH)
				.access(signedInWith(UsernamePasswordAuthenticationToken.class))
				.anyRequest()
				.access(signedInWith(BearerTokenAuthentication.class)))
			.addFilterBefore(new BearerTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new TokenCreationThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new TokenCreationSecondFactorFilter(twoFactor, throttle, problems),
					BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	/**
	 * The OpenAPI description and Swagger UI are public: they describe the code, which is
	 * the same on every installation, and hold no user data. Trying a call out still
	 * needs a token.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_UI_POLICY))
				.frameOptions(frames -> frames.deny()))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	/** Grants access only to users who proved who they are in the given way. */
	private static AuthorizationManager<RequestAuthorizationContext> signedInWith(
			Class<? extends Authentication> kind) {
		return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
			Authentication current = authentication.get();
			return new AuthorizationDecision(kind.isInstance(current) && current.isAuthenticated());
		};
	}

}
