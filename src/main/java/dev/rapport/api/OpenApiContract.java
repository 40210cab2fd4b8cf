package dev.rapport.api;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ImportantDateCommand;
import dev.rapport.contact.YearlyDateText;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.shared.validation.PlausibleDate;
import dev.rapport.shared.validation.VisibleName;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.JavaType;

/**
 * Makes {@code /v3/api-docs} the API's contract, for every endpoint, including ones added
 * later without thinking of it: JSON bodies typed {@code application/json}, every error
 * an operation can give (400 for any parameter or body, 401 always, 403 for a read-only
 * token on anything but a read, 404 for any id in the path, 409 for a replace, 413 and
 * 415 for bodies) as {@code application/problem+json} with one {@code ProblemDetail}
 * schema, the bearer token on each operation that does not name its own scheme,
 * {@code Location} on every 201, request bodies closed to unknown properties (the JSON
 * reader refuses them), optional fields nullable, and the date bounds and name rules of
 * {@code shared.validation}. The tests check the document against what the API really
 * answers, both ways.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiContract {

	static final String PROBLEM = "ProblemDetail";

	static final String FIELD_PROBLEM = "FieldProblem";

	static final String PROBLEM_JSON = "application/problem+json";

	/**
	 * A {@code YearlyDateText}: a date as above, or {@code --MM-DD} without the year;
	 * empty for none.
	 */
	static final String YEARLY_DATE_PATTERN = "^((19[0-9]{2}|20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
			+ "|--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))?$";

	static final String DATE_PATTERN = "^(19[0-9]{2}|20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

	/**
	 * Request bodies that are mapped onto a module's command, which holds their
	 * constraints.
	 */
	private static final Map<String, Class<?>> VALIDATED_AS = Map.of("ContactRequest", ContactCommand.class,
			"ImportantDateRequest", ImportantDateCommand.class, "InteractionRequest", InteractionCommand.class,
			"FollowUpRequest", FollowUpCommand.class);

	@Bean
	PropertyCustomizer inputRulesInTheDocument() {
		return (property, type) -> {
			if (isPrimitive(type.getType()) && type.getParent() != null && type.getPropertyName() != null) {
				type.getParent().addRequiredItem(type.getPropertyName());
			}
			if (type.getCtxAnnotations() != null) {
				for (var annotation : type.getCtxAnnotations()) {
					if (annotation instanceof PlausibleDate) {
						plausibleDate(property);
					}
					if (annotation instanceof VisibleName) {
						visibleName(property);
					}
				}
			}
			return property;
		};
	}

	/**
	 * A primitive is always in the JSON (never null), so the document says it is
	 * required.
	 */
	private static boolean isPrimitive(Type type) {
		if (type instanceof Class<?> plain) {
			return plain.isPrimitive();
		}
		return type instanceof JavaType jackson && jackson.getRawClass().isPrimitive();
	}

	@Bean
	OpenApiCustomizer contractOfEveryOperation() {
		return openApi -> {
			Components components = Objects.requireNonNullElseGet(openApi.getComponents(), Components::new);
			openApi.setComponents(components);
			components.addSchemas(FIELD_PROBLEM, fieldProblemSchema());
			components.addSchemas(PROBLEM, problemSchema());
			VALIDATED_AS.forEach((name, form) -> mirrorConstraints(components, name, form));
			Set<String> requestSchemas = new TreeSet<>();
			if (openApi.getPaths() != null) {
				// a create whose result can be read at <path>/{id} says where in Location
				Set<String> readable = new TreeSet<>();
				openApi.getPaths().forEach((path, item) -> {
					if (item.getGet() != null && path.matches(".*/\\{[^/]+}$")) {
						readable.add(path.substring(0, path.lastIndexOf('/')));
					}
				});
				openApi.getPaths()
					.forEach((path, item) -> item.readOperationsMap()
						.forEach((method, operation) -> complete(path, method, operation, requestSchemas, readable,
								components)));
			}
			if (components.getSchemas() != null) {
				components.getSchemas().forEach((name, schema) -> {
					optionalMeansNullable(schema);
					if (requestSchemas.contains(name)) {
						schema.setAdditionalProperties(false);
					}
				});
			}
		};
	}

	private static void complete(String path, PathItem.HttpMethod method, Operation operation,
			Set<String> requestSchemas, Set<String> readable, Components components) {
		if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
			operation.setSecurity(List.of(new SecurityRequirement().addList(OpenApiDocumentation.BEARER)));
		}
		ApiResponses responses = Objects.requireNonNullElseGet(operation.getResponses(), ApiResponses::new);
		operation.setResponses(responses);
		responses.values().forEach(OpenApiContract::jsonNotAnything);
		ApiResponse created = responses.get("201");
		if (created != null && readable.contains(path)) {
			created.addHeaderObject("Location",
					new Header().description("The URL of what was created")
						.required(true)
						.schema(new StringSchema().format("uri")));
		}
		boolean hasBody = operation.getRequestBody() != null;
		boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		if (hasBody || hasParameters) {
			problem(responses, "400", "Invalid parameters or body; errors[] names each field");
		}
		problem(responses, "401", "No valid credentials");
		if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
				&& operation.getSecurity()
					.stream()
					.anyMatch(requirement -> requirement.containsKey(OpenApiDocumentation.BEARER))) {
			// a read-only token may only read (see docs/security.md)
			problem(responses, "403", "The token is read-only and this request would change something");
		}
		if (operation.getSecurity()
			.stream()
			.anyMatch(requirement -> requirement.containsKey(OpenApiDocumentation.BASIC))) {
			// the password doors share the sign-in throttle (see docs/security.md)
			problem(responses, "429",
					"Too many failed password attempts from this address; Retry-After says when to try again");
		}
		// every error an operation declares itself is a problem detail too
		new ArrayList<>(responses.keySet()).stream()
			.filter(code -> code.startsWith("4") || code.startsWith("5"))
			.forEach(code -> problem(responses, code, responses.get(code).getDescription()));
		if (path.contains("{")) {
			problem(responses, "404", "No such resource, or it is not yours");
		}
		if (method == PathItem.HttpMethod.PUT && sendsVersion(operation, components)) {
			problem(responses, "409", "The version sent is not the current one");
		}
		if (hasBody) {
			problem(responses, "415", "The body's media type is not the one documented");
			Content content = operation.getRequestBody().getContent();
			if (content != null && content.containsKey("multipart/form-data")) {
				problem(responses, "413", "The upload is larger than the limit");
			}
			if (content != null) {
				content.values().forEach(media -> {
					if (media.getSchema() != null && media.getSchema().get$ref() != null) {
						requestSchemas.add(refName(media.getSchema().get$ref()));
					}
				});
			}
		}
	}

	/**
	 * Whether the request body carries the {@code version} an edit is checked against.
	 */
	private static boolean sendsVersion(Operation operation, Components components) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
				|| components.getSchemas() == null) {
			return false;
		}
		return operation.getRequestBody().getContent().values().stream().anyMatch(media -> {
			Schema<?> schema = media.getSchema();
			if (schema != null && schema.get$ref() != null) {
				schema = components.getSchemas().get(refName(schema.get$ref()));
			}
			return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
		});
	}

	private static void jsonNotAnything(ApiResponse response) {
		Content content = response.getContent();
		if (content != null && content.containsKey("*/*")) {
			MediaType media = content.remove("*/*");
			content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, media);
		}
	}

	private static void problem(ApiResponses responses, String code, String description) {
		ApiResponse response = responses.get(code);
		if (response == null) {
			response = new ApiResponse().description(description);
			responses.addApiResponse(code, response);
		}
		response.setContent(new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Schema<?> problemSchema() {
		Schema<?> schema = new ObjectSchema()
			.description("An RFC 9457 problem detail; 400s list each invalid field in errors")
			.addProperty("type", new StringSchema().description("Left out when it is about:blank"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().description("The path of the request"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
						.description("For 400: each invalid field and what is wrong with it"))
			.addProperty("reason", new StringSchema().description("For 422: a code saying why the file was refused"))
			.addProperty("line", new IntegerSchema().description("For 422: the line of the file, when known"));
		schema.setRequired(List.of("title", "status"));
		return schema;
	}

	private static Schema<?> fieldProblemSchema() {
		Schema<?> schema = new ObjectSchema()
			.addProperty("field",
					new StringSchema().nullable(true)
						.description("A JSON path such as participantIds[0], or a parameter name; "
								+ "null for the request as a whole"))
			.addProperty("message", new StringSchema());
		schema.setRequired(List.of("field", "message"));
		return schema;
	}

	/**
	 * Copies what the form's Bean Validation declares onto the request schema that is
	 * mapped onto it.
	 */
	private static void mirrorConstraints(Components components, String name, Class<?> form) {
		Schema<?> target = (components.getSchemas() != null) ? components.getSchemas().get(name) : null;
		if (target == null || target.getProperties() == null) {
			return;
		}
		Schema<?> source = ModelConverters.getInstance().read(form).get(form.getSimpleName());
		if (source == null || source.getProperties() == null) {
			return;
		}
		List<String> required = new ArrayList<>();
		source.getProperties().forEach((property, constraints) -> {
			Schema<?> mirror = target.getProperties().get(property);
			if (mirror == null || !Objects.equals(mirror.getType(), constraints.getType())) {
				return;
			}
			mirror.setMaxLength(constraints.getMaxLength());
			if (constraints.getMinItems() != null) {
				mirror.setMinItems(constraints.getMinItems());
			}
			if (constraints.getMaxItems() != null) {
				mirror.setMaxItems(constraints.getMaxItems());
			}
			if (constraints.getMinimum() != null) {
				mirror.setMinimum(constraints.getMinimum());
			}
			if (constraints.getMaximum() != null) {
				mirror.setMaximum(constraints.getMaximum());
			}
			if (constraints.getPattern() != null) {
				mirror.setPattern(constraints.getPattern());
			}
			if (constraints.getFormat() != null) {
				mirror.setFormat(constraints.getFormat());
			}
			// a primitive of the service's command is "required" only as a Java type: the
			// request
			// leaves it out to mean false or 0
			if (source.getRequired() != null && source.getRequired().contains(property)
					&& !isPrimitiveComponent(form, property)) {
				required.add(property);
			}
		});
		for (RecordComponent component : form.getRecordComponents()) {
			Schema<?> mirror = target.getProperties().get(component.getName());
			if (mirror != null && component.isAnnotationPresent(PlausibleDate.class)) {
				plausibleDate(mirror);
			}
			if (mirror != null && component.isAnnotationPresent(YearlyDateText.class)) {
				mirror.setPattern(YEARLY_DATE_PATTERN);
			}
			if (mirror != null && component.isAnnotationPresent(VisibleName.class)) {
				visibleName(mirror);
			}
		}
		if (!required.isEmpty()) {
			target.setRequired(required);
		}
	}

	private static boolean isPrimitiveComponent(Class<?> form, String name) {
		return form.isRecord() && Arrays.stream(form.getRecordComponents())
			.anyMatch(component -> component.getName().equals(name) && component.getType().isPrimitive());
	}

	private static void plausibleDate(Schema<?> property) {
		property.setPattern(DATE_PATTERN);
		property.setDescription(join(property.getDescription(), "A date from 1900-01-01 to 2100-12-31"));
	}

	private static void visibleName(Schema<?> property) {
		property.setDescription(join(property.getDescription(),
				"At least one visible character; no bidi embedding, override or isolate characters"));
	}

	private static String join(String description, String addition) {
		return (description == null || description.isBlank()) ? addition
				: description.contains(addition) ? description : description + ". " + addition;
	}

	/**
	 * A property the request may leave out may also be null, and a response says null for
	 * "none".
	 */
	private static void optionalMeansNullable(Schema<?> schema) {
		if (schema.getProperties() == null) {
			return;
		}
		List<String> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
		schema.getProperties().forEach((name, property) -> {
			if (!required.contains(name) && property.get$ref() == null) {
				property.setNullable(true);
			}
		});
	}

	private static String refName(String ref) {
		return ref.substring(ref.lastIndexOf('/') + 1);
	}

	static Map<String, Object> example(Object... keysAndValues) {
		Map<String, Object> example = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			example.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return example;
	}

}
