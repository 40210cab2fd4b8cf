package dev.rapport.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A calendar date a person could mean: from 1900-01-01 to 2100-12-31. Outside those years
 * a date is a typo or an attack, and some are not even stored as sent (year 0 and earlier
 * come back as other years), so they are refused with a field message instead. Null is
 * left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	LocalDate LATEST = LocalDate.of(2100, 12, 31);

	String message() default "{validation.date.range}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LATEST));
		}

	}

}
