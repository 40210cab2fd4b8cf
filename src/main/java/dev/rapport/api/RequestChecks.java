package dev.rapport.api;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Validates request bodies after they are mapped onto the modules' forms, so the API enforces the
 * very constraints the pages do (declared once, on the forms). Doing it here rather than with
 * {@code @Valid} also lets a missing {@code version} on an update be reported together with every
 * other field error, in one 400.
 */
@Component
class RequestChecks {

	private final SpringValidatorAdapter validator;

	/** Boot's validator, whose messages come from Rapport's message bundles. */
	RequestChecks(jakarta.validation.Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * @throws BindException listing every field error, answered as a 400 problem
	 */
	void check(Object form) throws BindException {
		check(form, false, null);
	}

	/**
	 * An update must say which version it edits, so a stale edit is caught, never silently applied.
	 * @throws BindException listing every field error, answered as a 400 problem
	 */
	void checkUpdate(Object form, Long version) throws BindException {
		check(form, true, version);
	}

	private void check(Object form, boolean versionRequired, Long version) throws BindException {
		BindingResult errors = new DirectFieldBindingResult(form, "request");
		this.validator.validate(form, errors);
		if (versionRequired && version == null) {
			errors.addError(new FieldError("request", "version", null, false, new String[] { "NotNull" }, null,
					"must not be null"));
		}
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
	}

}
