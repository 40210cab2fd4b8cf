package dev.rapport.contact;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text that is a {@link YearlyDate}: {@code 1990-12-24} or {@code --12-24}, a real day,
 * the year (when given) between 1900 and 2100. Blank passes; pair with {@code @NotBlank}
 * where required.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = YearlyDateText.Validator.class)
public @interface YearlyDateText {

	/**
	 * The longest such text, {@code 1990-12-24}: a form or request field that takes one
	 * needs no more.
	 */
	int MAX_LENGTH = 10;

	String message() default "{dates.date.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<YearlyDateText, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || YearlyDate.parse(value).isPresent();
		}

	}

}
