package dev.rapport.shared;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Now" comes from one injected clock, so every rule that depends on today can be tested
 * with a fixed one. Days are always computed in the user's own time zone, never the
 * server's.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(ClockProperties properties) {
		return properties.fixed() == null ? Clock.systemUTC() : Clock.fixed(properties.fixed(), ZoneOffset.UTC);
	}

}
