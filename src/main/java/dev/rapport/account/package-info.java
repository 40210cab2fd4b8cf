/**
 * Accounts: users, sign-up and sign-in, the security configuration and the signed-in
 * {@link dev.rapport.account.CurrentUser}. Every other module scopes its data by the
 * owner id it gets from here.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package dev.rapport.account;

import org.springframework.modulith.ApplicationModule;
