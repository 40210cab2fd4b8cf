package dev.rapport.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether strangers may sign up. The first visitor always may: they create the owner
 * account.
 */
@ConfigurationProperties("rapport.registration")
public record RegistrationProperties(boolean open) {
}
