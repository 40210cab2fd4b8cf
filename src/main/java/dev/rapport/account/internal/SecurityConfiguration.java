package dev.rapport.account.internal;

import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import dev.rapport.account.AccountService;
import dev.rapport.account.ProviderReauthentication;
import dev.rapport.account.SignInProperties;
import dev.rapport.account.twofactor.TwoFactorService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every page but sign-in and sign-up needs a signed-in user; forms carry CSRF tokens;
 * remember-me tokens live in the database so they survive restarts and die on sign-out.
 * Pages may only run the app's own scripts and styles (no inline code at all), may not be
 * framed, and repeated failed sign-ins are throttled. What is protected and how it is
 * tested: {@code docs/security.md}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final int REMEMBER_ME_SECONDS = 60 * 60 * 24 * 30;

	static final String[] PUBLIC_PATHS = { "/login", "/login/code", "/signup", "/webjars/**", "/css/**", "/js/**",
			"/images/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness", "/manifest.webmanifest", "/sw.js", "/icons/**", "/offline.html" };

	/**
	 * Only the app's own files; {@code data:} images because Bootstrap draws its icons
	 * that way.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	/**
	 * Spring Session's cookie (sessions live in the database, see
	 * {@link SessionConfiguration}).
	 */
	static final String SESSION_COOKIE = "SESSION";

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, SecurityContextRepository contexts, SignInThrottle throttle,
			SecondFactorRememberMeServices rememberMe, SecondFactorSignIn secondFactor,
			ObjectProvider<ClientRegistrationRepository> providers, SingleSignOn singleSignOn, SignInProperties signIn,
			AccountService accounts) throws Exception {
		SignInAttempts attempts = new SignInAttempts(throttle);
		if (providers.getIfAvailable() != null) {
			// Single sign-on only when spring.security.oauth2.client.registration.* names
			// a provider.
			http.oauth2Login(login -> login.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(singleSignOn.userService()))
				.successHandler(singleSignOn.afterProvider(secondFactor.afterPassword(attempts)))
				.failureHandler(singleSignOn.failure()));
			if (!signIn.password()) {
				http.addFilterBefore(new PasswordSignInOffFilter(), UsernamePasswordAuthenticationFilter.class);
			}
		}
		// Passkeys: Spring's endpoints (/webauthn/register/options, /webauthn/register,
		// /webauthn/authenticate/options, /login/webauthn) with our own pages and script;
		// the
		// beans (database, relying party) come from account.passkey.PasskeyConfiguration.
		http.webAuthn(passkeys -> passkeys.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new PasskeySignIn(accounts, contexts)));
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			// Passkeys are deleted on the settings page (owner-scoped, 404 for others),
			// not here.
			.requestMatchers(HttpMethod.DELETE, "/webauthn/register/**")
			.denyAll()
			.anyRequest()
			.authenticated())
			.securityContext(context -> context.securityContextRepository(contexts))
			.formLogin(login -> login.loginPage("/login")
				.successHandler(secondFactor.afterPassword(attempts))
				.failureHandler(attempts)
				.permitAll())
			.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SessionDeviceFilter(), AuthorizationFilter.class)
			// Before Spring's passkey registration filter, added after
			// AuthorizationFilter at build time.
			.addFilterAfter(new PasskeyRegistrationCheck(), AuthorizationFilter.class)
			// Spring's default session fixation protection (changeSessionId) stays on:
			// see WebSecurityTests.signInGivesTheSessionANewId.
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny()))
			.rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMe.getKey()))
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies(SESSION_COOKIE, "remember-me"));
		return http.build();
	}

	/**
	 * The key only tells this app's remember-me authentications apart from forged ones
	 * within a request; the tokens themselves live in the database, so a random key per
	 * start is enough.
	 */
	@Bean
	SecondFactorRememberMeServices rememberMeServices(AccountService accounts, RememberMeLogins tokens,
			TwoFactorService twoFactor) {
		SecondFactorRememberMeServices services = new SecondFactorRememberMeServices(UUID.randomUUID().toString(),
				accounts, tokens, twoFactor);
		services.setTokenValiditySeconds(REMEMBER_ME_SECONDS);
		return services;
	}

	@Bean
	SecondFactorSignIn secondFactorSignIn(TwoFactorService twoFactor, AccountService accounts, SignInThrottle throttle,
			SecondFactorRememberMeServices rememberMe, SecurityContextRepository contexts, Clock clock) {
		return new SecondFactorSignIn(twoFactor, accounts, throttle, rememberMe, contexts, clock);
	}

	@Bean
	SingleSignOn singleSignOn(AccountService accounts, SecurityContextRepository contexts,
			ProviderReauthentication reauthentication) {
		return new SingleSignOn(accounts, contexts, reauthentication);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	RememberMeLogins rememberMeTokens(DataSource dataSource) {
		return new RememberMeLogins(new JdbcTemplate(dataSource));
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

}
