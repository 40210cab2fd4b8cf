package dev.rapport.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in. {@code rapport.sign-in.password=false} turns password sign-in off
 * (the form, sign-up with a password and HTTP Basic token creation), for installations
 * where everyone signs in through the single sign-on provider; it takes effect only when
 * a provider is configured, so nobody can be locked out by it alone.
 */
@ConfigurationProperties("rapport.sign-in")
public record SignInProperties(@DefaultValue("true") boolean password) {
}
