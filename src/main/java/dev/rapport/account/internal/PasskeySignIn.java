package dev.rapport.account.internal;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

/**
 * Signing in with a passkey ({@code POST /login/webauthn}, Spring Security's filter).
 * Spring puts the passkey's user entity in the session; every module here expects an
 * {@link AccountPrincipal}, so the account replaces it, as after a password. The session
 * gets a new id (Spring's passkey filter does not change it by itself). No TOTP code is
 * asked for: the passkey was verified on the device with a PIN or biometric (user
 * verification is required), which is already two factors; see
 * docs/decisions/0018-passkeys.md.
 */
class PasskeySignIn implements ObjectPostProcessor<WebAuthnAuthenticationFilter> {

	private final AccountService accounts;

	private final SecurityContextRepository contexts;

	PasskeySignIn(AccountService accounts, SecurityContextRepository contexts) {
		this.accounts = accounts;
		this.contexts = contexts;
	}

	@Override
	public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
		filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
		filter.setSecurityContextRepository(this.contexts);
		filter.setAuthenticationSuccessHandler(signedIn());
		return filter;
	}

	/**
	 * Answers the page's script with where to go next (the saved page or the dashboard),
	 * as JSON.
	 */
	private AuthenticationSuccessHandler signedIn() {
		HttpMessageConverterAuthenticationSuccessHandler json = new HttpMessageConverterAuthenticationSuccessHandler();
		return (request, response, passkey) -> {
			AccountPrincipal principal = this.accounts.loadUserByUsername(passkey.getName());
			principal.eraseCredentials();
			UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(principal,
					null, principal.getAuthorities());
			signedIn.setDetails(new WebAuthenticationDetails(request));
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(signedIn);
			SecurityContextHolder.setContext(context);
			this.contexts.saveContext(context, request, response);
			json.onAuthenticationSuccess(request, response, signedIn);
		};
	}

}
