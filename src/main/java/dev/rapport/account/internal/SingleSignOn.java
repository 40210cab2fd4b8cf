package dev.rapport.account.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.ProviderReauthentication;
import dev.rapport.account.SignUpRejectedException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Sign-in through an OpenID Connect provider (Spring Security's OAuth 2.0 login,
 * configured only by {@code spring.security.oauth2.client.*}). The provider vouches for
 * an email address; only a <em>verified</em> one is trusted. It signs in the account with
 * that email, or creates one when sign-up is open; otherwise the sign-in is refused. The
 * session then holds the same {@link AccountPrincipal} as a password sign-in, so
 * everything downstream (the owner scoping, the session list, a second factor) works the
 * same.
 */
class SingleSignOn {

	private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

	static final String EMAIL_NOT_VERIFIED = "email_not_verified";

	static final String REGISTRATION_CLOSED = "registration_closed";

	private static final Set<String> EXPLAINED = Set.of(EMAIL_NOT_VERIFIED, REGISTRATION_CLOSED);

	private final AccountService accounts;

	private final SecurityContextRepository contexts;

	private final ProviderReauthentication reauthentication;

	private final OidcUserService provider = new OidcUserService();

	SingleSignOn(AccountService accounts, SecurityContextRepository contexts,
			ProviderReauthentication reauthentication) {
		this.accounts = accounts;
		this.contexts = contexts;
		this.reauthentication = reauthentication;
	}

	/** The provider's user, once an account of ours is found or made for it. */
	OAuth2UserService<OidcUserRequest, OidcUser> userService() {
		return request -> {
			OidcUser user = this.provider.loadUser(request);
			accountFor(user);
			return user;
		};
	}

	/**
	 * Replaces the provider's user with our account, then carries on as after a right
	 * password.
	 */
	AuthenticationSuccessHandler afterProvider(AuthenticationSuccessHandler next) {
		return (request, response, authentication) -> {
			AccountPrincipal principal = accountFor((OidcUser) authentication.getPrincipal());
			UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(principal,
					null, principal.getAuthorities());
			signedIn.setDetails(authentication.getDetails());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(signedIn);
			SecurityContextHolder.setContext(context);
			this.contexts.saveContext(context, request, response);
			this.reauthentication.signedIn(request);
			next.onAuthenticationSuccess(request, response, signedIn);
		};
	}

	/**
	 * Back to the sign-in page, saying why when we know (never the provider's own
	 * wording).
	 */
	AuthenticationFailureHandler failure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String code = (exception instanceof OAuth2AuthenticationException oauth
					&& EXPLAINED.contains(oauth.getError().getErrorCode())) ? oauth.getError().getErrorCode()
							: "failed";
			if ("failed".equals(code)) {
				// The provider's answer is for the operator's eyes, not the visitor's.
				log.warn("Single sign-on failed: {}", exception.getMessage());
			}
			redirect(response, request.getContextPath() + "/login?sso=" + code);
		};
	}

	private AccountPrincipal accountFor(OidcUser user) {
		if (user.getEmail() == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
			throw new OAuth2AuthenticationException(new OAuth2Error(EMAIL_NOT_VERIFIED));
		}
		try {
			return this.accounts.signInWithProvider(user.getEmail(), user.getFullName());
		}
		catch (SignUpRejectedException closed) {
			throw new OAuth2AuthenticationException(new OAuth2Error(REGISTRATION_CLOSED));
		}
	}

	private static void redirect(HttpServletResponse response, String location) throws IOException, ServletException {
		response.sendRedirect(location);
	}

}
