package dev.rapport.scoring;

import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static dev.rapport.interaction.InteractionKind.EMAIL;
import static dev.rapport.interaction.InteractionKind.MEAL;
import static dev.rapport.interaction.InteractionKind.SOCIAL;
import static org.assertj.core.api.Assertions.assertThat;

class ScoringPropertiesTests {

	private final ScoringProperties defaults = ScoringProperties.defaults();

	@Test
	void defaultsAreTheSpecificationsConstants() {
		assertThat(this.defaults.weights())
			.isEqualTo(new ScoringProperties.Weights(10, 8, 7, 5, 4, 6, 6, 1.5, 1, 0.25));
		assertThat(this.defaults.decay()).isEqualTo(new ScoringProperties.Decay(0.5, 30, 365, 0.5));
		assertThat(this.defaults.reciprocity()).isEqualTo(new ScoringProperties.Reciprocity(2, 0.5));
		assertThat(this.defaults.tenure()).isEqualTo(new ScoringProperties.Tenure(0.5, 180));
		assertThat(this.defaults.services()).isEqualTo(new ScoringProperties.Services(1.25, 0.5, 365));
		assertThat(this.defaults.scale()).isEqualTo(new ScoringProperties.Scale(10, 100));
		assertThat(this.defaults.tiers())
			.isEqualTo(new ScoringProperties.Tiers(75, 50, 30, 60, 180, 548, 7, 30, 90, 365));
		assertThat(this.defaults.explanation()).isEqualTo(new ScoringProperties.Explanation(90, 365, 3, 3));
		assertThat(this.defaults.thisWeek())
			.isEqualTo(new ScoringProperties.ThisWeek(7, 3, 90, 30, 2, 28, 730, 10, 1, 2, 2, 4, 0.5, 1.25, 180, 3));
	}

	@Test
	void weightsAreLookedUpByKind() {
		assertThat(this.defaults.weights().of(MEAL)).isEqualTo(10);
		assertThat(this.defaults.weights().of(EMAIL)).isEqualTo(1);
		assertThat(this.defaults.weights().of(SOCIAL)).isEqualTo(0.25);
	}

	@Test
	void overridingOneConstantKeepsTheOtherDefaults() {
		Binder binder = new Binder(new MapConfigurationPropertySource(
				Map.of("rapport.scoring.weights.meal", "12", "rapport.scoring.tiers.dormant-after-days", "400")));

		ScoringProperties properties = binder.bindOrCreate("rapport.scoring", ScoringProperties.class);

		assertThat(properties.weights().meal()).isEqualTo(12);
		assertThat(properties.weights().coffee()).isEqualTo(8);
		assertThat(properties.tiers().dormantAfterDays()).isEqualTo(400);
		assertThat(properties.tiers().innerCircleBond()).isEqualTo(75);
	}

	@Test
	void defaultsAreValid() {
		assertThat(validator().validate(this.defaults)).isEmpty();
	}

	@Test
	void rejectsNonPositiveHalfLivesAndDampingAboveOne() {
		ScoringProperties broken = new ScoringProperties(this.defaults.weights(),
				new ScoringProperties.Decay(1.5, 0, 365, 0.5), this.defaults.reciprocity(), this.defaults.tenure(),
				this.defaults.services(), this.defaults.scale(), this.defaults.tiers(), this.defaults.explanation(),
				this.defaults.thisWeek());

		Set<ConstraintViolation<ScoringProperties>> violations = validator().validate(broken);

		assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
			.containsExactlyInAnyOrder("decay.sameDayDamping", "decay.shortHalfLifeDays");
	}

	private static Validator validator() {
		return Validation.buildDefaultValidatorFactory().getValidator();
	}

}
