package dev.rapport.shared;

import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lets a demo or a test start the app at a fixed instant
 * ({@code rapport.clock.fixed=2026-11-16T09:00:00Z}).
 */
@ConfigurationProperties("rapport.clock")
public record ClockProperties(Instant fixed) {
}
