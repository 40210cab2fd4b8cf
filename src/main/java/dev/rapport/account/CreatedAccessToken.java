package dev.rapport.account;

/**
 * A token just created: the only moment its secret value exists outside the caller's hands.
 */
public record CreatedAccessToken(long id, String name, String token) {
}
