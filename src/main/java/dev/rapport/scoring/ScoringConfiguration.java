package dev.rapport.scoring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pure scoring pieces as beans, built from the validated {@code rapport.scoring.*}
 * constants.
 */
@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

	@Bean
	Scorer scorer(ScoringProperties properties) {
		return new Scorer(properties);
	}

	@Bean
	ExplanationWriter explanationWriter(ScoringProperties properties) {
		return new ExplanationWriter(properties);
	}

}
