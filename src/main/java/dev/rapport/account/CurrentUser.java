package dev.rapport.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The user of the current request. Controllers take an {@link Owner} parameter (or call
 * {@link #owner()} once) and pass it to every service call, so each query is scoped to
 * its owner and "today" is the date in the user's own time zone, the same for the whole
 * request.
 */
@Component
public class CurrentUser {

	private final Clock clock;

	CurrentUser(Clock clock) {
		this.clock = clock;
	}

	public AccountPrincipal principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return principal;
		}
		throw new AuthenticationCredentialsNotFoundException("No signed-in Rapport user");
	}

	/** The signed-in user with their zone and today's date there, read once. */
	public Owner owner() {
		AccountPrincipal principal = principal();
		return new Owner(principal.id(), principal.zone(), LocalDate.now(this.clock.withZone(principal.zone())));
	}

	public long id() {
		return principal().id();
	}

	public ZoneId zone() {
		return principal().zone();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(zone()));
	}

}
