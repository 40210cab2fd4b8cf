package dev.rapport.account.internal;

import javax.sql.DataSource;

import dev.rapport.account.AccountService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Every page but sign-in and sign-up needs a signed-in user; forms carry CSRF tokens; remember-me
 * tokens live in the database so they survive restarts and die on sign-out.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/login", "/signup", "/webjars/**", "/css/**", "/js/**", "/images/**",
			"/favicon.ico", "/error" };

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, AccountService accounts, PersistentTokenRepository tokens,
			SecurityContextRepository contexts) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.anyRequest()
			.authenticated())
			.securityContext(context -> context.securityContextRepository(contexts))
			.formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.rememberMe(remember -> remember.tokenRepository(tokens)
				.userDetailsService(accounts)
				.tokenValiditySeconds(60 * 60 * 24 * 30))
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID", "remember-me"));
		return http.build();
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
