package dev.rapport.shared.validation;

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
 * A person's or a thing's name that shows as what it is: not only invisible characters (a
 * null or empty value is left to {@code @NotBlank}), and no bidi embedding, override or
 * isolate, which could make it display as another name. A blank value is left to
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = VisibleName.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleName {

	String message() default "{validation.name.invisible}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<VisibleName, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) { // blank is @NotBlank's to report
				return true;
			}
			if (TextRules.hasBidiControl(value)) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{validation.name.bidi}").addConstraintViolation();
				return false;
			}
			return TextRules.hasVisibleCharacter(value);
		}

	}

}
