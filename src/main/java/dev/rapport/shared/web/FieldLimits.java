package dev.rapport.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * Lets a template put the same limit on an input ({@code maxlength}) that Bean Validation
 * puts on the form record, so the browser stops typing where the server would refuse:
 * {@code th:maxlength="${@fieldLimits.maxLength(#object, name)}"}. The server check stays
 * the one that counts.
 */
@Component("fieldLimits")
public class FieldLimits {

	private final Map<String, Integer> cache = new ConcurrentHashMap<>();

	/** The {@code @Size(max)} of the record component, or null when it has none. */
	public Integer maxLength(Object form, String field) {
		if (form == null || field == null || !form.getClass().isRecord()) {
			return null;
		}
		Integer max = this.cache.computeIfAbsent(form.getClass().getName() + "#" + field,
				key -> sizeOf(form.getClass(), field));
		return max < 0 ? null : max;
	}

	private static int sizeOf(Class<?> type, String field) {
		if (!type.isRecord()) {
			return -1;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			if (component.getName().equals(field)) {
				Size size = component.getAnnotation(Size.class);
				if (size == null) {
					size = component.getAccessor().getAnnotation(Size.class);
				}
				return (size == null || size.max() == Integer.MAX_VALUE) ? -1 : size.max();
			}
		}
		return -1;
	}

}
