package dev.rapport.api;

import java.lang.reflect.RecordComponent;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jakarta.validation.Validator;

/**
 * Validates request bodies after they are mapped onto the modules' forms, so the API
 * enforces the very constraints the pages do (declared once, on the forms). Doing it here
 * rather than with {@code @Valid} also lets a missing {@code version} on an update be
 * reported together with every other field error, in one 400.
 */
@Component
class RequestChecks {

	private final SpringValidatorAdapter validator;

	/** Boot's validator, whose messages come from Rapport's message bundles. */
	RequestChecks(Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * @throws BindException listing every field error, answered as a 400 problem
	 */
	void check(Object form) throws BindException {
		check(form, false, null, Map.of());
	}

	/**
	 * @param more problems the caller found on the wire format (field to message)
	 * @throws BindException listing every field error, answered as a 400 problem
	 */
	void check(Object form, Map<String, String> more) throws BindException {
		check(form, false, null, more);
	}

	/**
	 * An update must say which version it edits, so a stale edit is caught, never
	 * silently applied.
	 * @throws BindException listing every field error, answered as a 400 problem
	 */
	void checkUpdate(Object form, Long version) throws BindException {
		check(form, true, version, Map.of());
	}

	void checkUpdate(Object form, Long version, Map<String, String> more) throws BindException {
		check(form, true, version, more);
	}

	private void check(Object form, boolean versionRequired, Long version, Map<String, String> more)
			throws BindException {
		BindingResult errors = new DirectFieldBindingResult(form, "request");
		this.validator.validate(form, errors);
		more.forEach((field, message) -> reject(errors, field, message));
		refuseWhatWouldBeStoredChanged(form, errors);
		if (versionRequired && version == null) {
			errors.addError(new FieldError("request", "version", null, false, new String[] { "NotNull" }, null,
					"must not be null"));
		}
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
	}

	/**
	 * The services trim text and store blank text as nothing, which suits a form field
	 * but would silently change what a script sent: text with spaces around it, or only
	 * spaces, is refused instead (an empty string still means "none", like null).
	 */
	private static void refuseWhatWouldBeStoredChanged(Object form, BindingResult errors) {
		if (!form.getClass().isRecord()) {
			return;
		}
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			if (component.getType() != String.class) {
				continue;
			}
			String value;
			try {
				value = (String) component.getAccessor().invoke(form);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
			if (value == null || value.isEmpty() || errors.hasFieldErrors(component.getName())) {
				continue;
			}
			if (value.isBlank()) {
				reject(errors, component.getName(), "must not be only spaces; send null or leave it out for none");
			}
			else if (!value.equals(value.trim())) {
				reject(errors, component.getName(), "must not start or end with spaces or line breaks");
			}
		}
	}

	static void reject(BindingResult errors, String field, String message) {
		errors.addError(new FieldError("request", field, null, false, new String[] { "StoredAsSent" }, null, message));
	}

}
