package dev.rapport.account;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security sees them: enough to scope every query (the id)
 * and to know what "today" means for them (the time zone).
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final long id;

	private final String email;

	private final String displayName;

	private final ZoneId zone;

	private String passwordHash;

	public AccountPrincipal(long id, String email, String displayName, ZoneId zone, String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.zone = zone;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public ZoneId zone() {
		return this.zone;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + this.id + "]";
	}

}
