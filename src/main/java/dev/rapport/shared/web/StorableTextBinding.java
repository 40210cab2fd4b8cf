package dev.rapport.shared.web;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

import dev.rapport.shared.validation.TextRules;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form field and request parameter of every controller refuses text that could not
 * be stored as it was typed (NUL and other control characters, broken UTF-16) instead of
 * storing it altered: a form field gets the {@code typeMismatch.java.lang.String}
 * message, a parameter a 400. Whole numbers must be plain decimal digits.
 */
@ControllerAdvice
class StorableTextBinding {

	@InitBinder
	void refuseUnstorableText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StorableTextEditor());
		binder.registerCustomEditor(Long.class, new DecimalEditor(false, true));
		binder.registerCustomEditor(long.class, new DecimalEditor(false, false));
		binder.registerCustomEditor(Integer.class, new DecimalEditor(true, true));
		binder.registerCustomEditor(int.class, new DecimalEditor(true, false));
	}

	/**
	 * Whole numbers (ids, pages) are plain decimal digits. Spring's own conversion would
	 * also read {@code 0x10} or {@code #10} as 16 and trim spaces, so a request could
	 * address another record than the one it names. An empty value means "none" where a
	 * number is optional.
	 */
	static final class DecimalEditor extends PropertyEditorSupport {

		private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,19}");

		private final boolean integer;

		private final boolean optional;

		DecimalEditor(boolean integer, boolean optional) {
			this.integer = integer;
			this.optional = optional;
		}

		@Override
		public void setAsText(String text) {
			if (text == null || text.isEmpty()) {
				if (!this.optional) {
					throw new IllegalArgumentException("A number is required");
				}
				setValue(null);
				return;
			}
			if (!DECIMAL.matcher(text).matches()) {
				throw new IllegalArgumentException("Not a whole decimal number");
			}
			long value = Long.parseLong(text); // a NumberFormatException beyond the long
												// range is an IllegalArgumentException
			if (this.integer && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
				throw new IllegalArgumentException("Out of range");
			}
			setValue(this.integer ? Integer.valueOf((int) value) : Long.valueOf(value));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	static final class StorableTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (!TextRules.isStorable(text)) {
				throw new IllegalArgumentException("Text with control characters or broken characters");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
