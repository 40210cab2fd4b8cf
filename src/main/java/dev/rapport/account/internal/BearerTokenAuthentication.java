package dev.rapport.account.internal;

import dev.rapport.account.AccountPrincipal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request signed with a personal access token. The principal is the same
 * {@link AccountPrincipal} a browser session carries, so
 * {@link dev.rapport.account.CurrentUser} works unchanged.
 */
class BearerTokenAuthentication extends AbstractAuthenticationToken {

	private final AccountPrincipal principal;

	BearerTokenAuthentication(AccountPrincipal principal) {
		super(principal.getAuthorities());
		this.principal = principal;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public AccountPrincipal getPrincipal() {
		return this.principal;
	}

}
