package dev.rapport.account;

import java.io.Serializable;

/**
 * A token just created: the only moment its secret value exists outside the caller's hands. It
 * travels to the settings page as a flash attribute, which is kept in the (database) session, hence
 * serializable.
 */
public record CreatedAccessToken(long id, String name, String token) implements Serializable {
}
