package dev.rapport.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import dev.rapport.shared.validation.TextRules;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON is read strictly, so a request is either stored as sent or refused with a 400 that
 * names the field, never quietly turned into something else: no unknown or repeated
 * properties (a typo such as {@code birthDay} is not dropped without a word), no scalar
 * coercion (a number is not a date, an enum or a string, a fraction is not an id,
 * {@code "true"} is not a boolean, {@code ""} is not a date), a date is a date and not a
 * date-time cut short, {@code null} is no primitive, nothing after the value, and no text
 * with control characters or broken UTF-16 (see {@link TextRules}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
			.disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.defaultLeniency(false)
			.withCoercionConfigDefaults(
					coercion -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
			.addModule(new SimpleModule("rapport-strict-text").addDeserializer(String.class, new StorableString())
				.addDeserializer(LocalDate.class, new PlainDate()));
	}

	/**
	 * A date is exactly {@code 2026-11-17}: Jackson's own reader trims spaces around it
	 * and takes five-digit or signed years, so " 2026-11-17" would be stored as something
	 * other than was sent.
	 */
	static final class PlainDate extends StdScalarDeserializer<LocalDate> {

		private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

		PlainDate() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getString();
			if (SHAPE.matcher(text).matches()) {
				try {
					return LocalDate.parse(text);
				}
				catch (DateTimeParseException ex) {
					// not a real day, such as 2026-02-30: refused below
				}
			}
			return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
					"must be a real day written as 2026-11-17");
		}

	}

	/** Only a JSON string is a string, and only one Rapport can store unchanged. */
	static final class StorableString extends StdScalarDeserializer<String> {

		StorableString() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String text = parser.getString();
			if (!TextRules.isStorable(text)) {
				return (String) context.handleWeirdStringValue(String.class, text,
						"contains control characters or broken characters");
			}
			return text;
		}

	}

}
