package dev.rapport.account.internal;

import java.time.Clock;

import javax.sql.DataSource;

import dev.rapport.account.AccountService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every page but sign-in and sign-up needs a signed-in user; forms carry CSRF tokens; remember-me
 * tokens live in the database so they survive restarts and die on sign-out. Pages may only run
 * the app's own scripts and styles (no inline code at all), may not be framed, and repeated failed
 * sign-ins are throttled. What is protected and how it is tested: {@code docs/security.md}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/login", "/signup", "/webjars/**", "/css/**", "/js/**", "/images/**",
			"/favicon.ico", "/error" };

	/** Only the app's own files; {@code data:} images because Bootstrap draws its icons that way. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	/** Spring Session's cookie (sessions live in the database, see {@link SessionConfiguration}). */
	static final String SESSION_COOKIE = "SESSION";

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, AccountService accounts, PersistentTokenRepository tokens,
			SecurityContextRepository contexts, SignInThrottle throttle) throws Exception {
		SignInAttempts attempts = new SignInAttempts(throttle);
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.anyRequest()
			.authenticated())
			.securityContext(context -> context.securityContextRepository(contexts))
			.formLogin(login -> login.loginPage("/login")
				.successHandler(attempts)
				.failureHandler(attempts)
				.permitAll())
			.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			// Spring's default session fixation protection (changeSessionId) stays on: see WebSecurityTests.signInGivesTheSessionANewId.
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny()))
			.rememberMe(remember -> remember.tokenRepository(tokens)
				.userDetailsService(accounts)
				.tokenValiditySeconds(60 * 60 * 24 * 30))
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies(SESSION_COOKIE, "remember-me"));
		return http.build();
	}

	@Bean
	SignInThrottle signInThrottle(Clock clock) {
		return new SignInThrottle(clock);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
		JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
		repository.setDataSource(dataSource);
		return repository;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

}
