package dev.rapport.shared.web;

import java.beans.PropertyEditorSupport;

import dev.rapport.shared.validation.TextRules;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form field and request parameter of every controller refuses text that could not be stored
 * as it was typed (NUL and other control characters, broken UTF-16) instead of storing it altered:
 * a form field gets the {@code typeMismatch.java.lang.String} message, a parameter a 400.
 */
@ControllerAdvice
class StorableTextBinding {

	@InitBinder
	void refuseUnstorableText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StorableTextEditor());
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
