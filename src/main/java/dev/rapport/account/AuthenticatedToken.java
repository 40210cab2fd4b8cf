package dev.rapport.account;

/** The user a presented token belongs to, and what the token may do. */
public record AuthenticatedToken(AccountPrincipal principal, AccessTokenScope scope) {
}
