package dev.rapport.contract;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.account.AccountPrincipal;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every operation of the live OpenAPI document over real HTTP: valid requests and
 * hostile mutations of them (wrong JSON types, nulls, missing required and unknown
 * fields, extreme and invalid dates, huge strings and arrays, deep nesting, invalid
 * UTF-8, NUL, control and bidi characters, template braces, odd ids and path tricks,
 * another user's ids, no token, the wrong media type). Whatever the answer, it must be
 * documented for the operation and match the document; never a 5xx; a 4xx is a problem
 * detail that names the field it was about; another user's id is a 404; and a 2xx stored
 * exactly what was sent. Operations are read from the document, so endpoints added later
 * are fuzzed without anyone writing a line here. Fixed seed and tries in CI
 * ({@link FuzzSettings}); see docs/api.md for a long run.
 */
class ApiFuzzTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Stands for a hostile value that must be written into the JSON text by hand. */
	private static final String RAW = "@@raw-value@@";

	private static final List<String> BAD_DATES = List.of("-5000-01-01", "0000-01-01", "+10000-01-01", "1899-12-31",
			"2101-01-01", "2026-02-30", "2026-13-01", "99999-01-01", "2026-11-17T10:00:00", "2026-11-17T10:00:00Z",
			"17.11.2026", "", " 2026-11-17");

	/**
	 * Text a client may send: stored exactly as sent when accepted (names refuse the
	 * invisible and bidi ones).
	 */
	private static final List<String> ODD_TEXT = List.of("{x}", "/{x}", "${x}", "#{x}", "Zoë Ångström",
			"\u0622\u0646\u0627", "a\u200bb", "\uD83D\uDE00", "<script>alert(1)</script>", "50%", "a\\b",
			"'; drop table contact; --", "line\nbreak", "tab\there", "\u202Aembedded\u202C", "\u200b\u200c\u200d",
			"\u2066\u2069", "Ana\u202Egnp.exe", "e\u0301", "\uFEFFbom");

	/** Text no client should store: refused. */
	private static final List<String> BAD_TEXT = List.of("a\u0000b", "\u0000", "bell\u0007", "esc\u001b[31m",
			"del\u007f", "c1\u0085", " padded ", "   ", "trailing\n");

	private static final List<String> BAD_IDS = List.of("0", "-1", "9223372036854775807", "9223372036854775808",
			"99999999999999999999", "abc", "1.5", "1e3", "%00", "%2e%2e", "..%2f1", "1;x=1", ";", "%7Bx%7D", "%C3%28",
			"%20", "1%0a", "0x10");

	private static final List<String> BAD_PARAMS = List.of("", "-1", "2147483648", "99999999999999999999", "abc", "1.5",
			"%00", "%C3%28", "{x}", "9999-99-99", "-5000-01-01", "x".repeat(5000), "null", "[]");

	private static World world;

	@Test
	void everyOperationKeepsItsContractUnderHostileInput() {
		List<Operation> operations = world().operations;
		FuzzSettings.forEachCase(200, random -> new Attack(FuzzSettings.oneOf(random, operations),
				FuzzSettings.oneOf(random, List.of(Mutation.values())), random.nextInt(10_000), random.nextLong()),
				attack -> world().run(attack));
	}

	private static synchronized World world() {
		if (world == null) {
			world = new World(FuzzServer.get());
		}
		return world;
	}

	enum Mutation {

		VALID, WRONG_TYPE, NULL_FIELD, MISSING_REQUIRED, UNKNOWN_FIELD, BAD_DATE, HUGE_STRING, HUGE_ARRAY, DEEP_NESTING,
		ODD_TEXT, BAD_TEXT, LONE_SURROGATE, INVALID_UTF8, BAD_ID, OTHER_USERS_ID, BAD_PARAM, NO_TOKEN, WRONG_MEDIA_TYPE,
		NOT_JSON

	}

	record Attack(Operation operation, Mutation mutation, int pick, long seed) {

		@Override
		public String toString() {
			return this.mutation + " on " + this.operation + " (pick " + this.pick + ", seed " + this.seed + ")";
		}

	}

	record Param(String name, String in, JsonNode schema, boolean required) {
	}

	record Operation(String method, String path, List<Param> parameters, JsonNode body, String mediaType,
			boolean basicAuth) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

		List<Param> pathParams() {
			return this.parameters.stream().filter(param -> param.in().equals("path")).toList();
		}

		List<Param> queryParams() {
			return this.parameters.stream().filter(param -> param.in().equals("query")).toList();
		}

	}

	/**
	 * What one attack is about: the field or parameter it changed, and whether it made
	 * the request invalid.
	 */
	record Target(String field, boolean bodyField) {
	}

	static final class World {

		private final FuzzServer server;

		private final ApiContract contract;

		private final JsonNode document;

		final List<Operation> operations = new ArrayList<>();

		private final AccountPrincipal me;

		private final String myToken;

		private final String othersToken;

		private final Map<String, Long> othersIds = new LinkedHashMap<>();

		World(FuzzServer server) {
			this.server = server;
			this.contract = server.contract();
			this.document = this.contract.tree();
			this.document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
				if (path.getKey().startsWith("/api/")) {
					this.operations.add(operationOf(path.getKey(), entry.getKey(), entry.getValue()));
				}
			}));
			this.me = server.newUser("api");
			this.myToken = server.tokenOf(this.me);
			this.othersToken = server.tokenOf(server.newUser("other"));
		}

		private Operation operationOf(String path, String method, JsonNode operation) {
			List<Param> parameters = new ArrayList<>();
			operation.path("parameters")
				.forEach(param -> parameters.add(new Param(param.path("name").asString(), param.path("in").asString(),
						resolve(param.path("schema")), param.path("required").asBoolean())));
			JsonNode body = null;
			String mediaType = null;
			Iterator<Map.Entry<String, JsonNode>> contents = operation.path("requestBody")
				.path("content")
				.properties()
				.iterator();
			if (contents.hasNext()) {
				Map.Entry<String, JsonNode> content = contents.next();
				mediaType = content.getKey();
				body = resolve(content.getValue().path("schema"));
			}
			boolean basic = false;
			for (JsonNode requirement : operation.path("security")) {
				basic |= requirement.has("password");
			}
			return new Operation(method.toUpperCase(Locale.ROOT), path, parameters, body, mediaType, basic);
		}

		JsonNode resolve(JsonNode schema) {
			if (schema != null && schema.has("$ref")) {
				String ref = schema.path("$ref").asString();
				return resolve(
						this.document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)));
			}
			return schema;
		}

		void run(Attack attack) {
			Operation operation = attack.operation();
			Random random = new Random(attack.seed());
			Mutation mutation = applicable(attack.mutation(), operation);
			String token = operation.basicAuth() ? null : this.myToken;

			Map<String, String> pathValues = new LinkedHashMap<>();
			for (Param param : operation.pathParams()) {
				pathValues.put(param.name(),
						Long.toString(ownedId(param.name(), operation.path(), this.myToken, random)));
			}
			Map<String, String> query = new LinkedHashMap<>();
			for (Param param : operation.queryParams()) {
				if (param.required() || random.nextInt(3) == 0) {
					query.put(param.name(), validParameter(param, random));
				}
			}
			ObjectNode body = null;
			if (operation.body() != null && "application/json".equals(operation.mediaType())) {
				body = (ObjectNode) validValue(operation.body(), "", random, this.myToken);
				if (operation.method().equals("PUT")) {
					Long version = currentVersion(path(operation.path(), pathValues), this.myToken);
					if (version != null && hasProperty(operation.body(), "version")) {
						body.put("version", version);
					}
				}
			}

			Target target = null;
			String rawValue = null;
			byte[] rawBytes = null;
			String mediaType = operation.mediaType();
			List<String> bodyFields = body == null ? List.of() : names(operation.body());
			switch (mutation) {
				case WRONG_TYPE -> {
					String field = pick(bodyFields, attack.pick());
					body.set(field, wrongTypeFor(schemaOf(operation.body(), field), attack.pick()));
					target = new Target(field, true);
				}
				case NULL_FIELD -> {
					String field = pick(bodyFields, attack.pick());
					body.putNull(field);
					target = new Target(field, true);
				}
				case MISSING_REQUIRED -> {
					List<String> required = required(operation.body());
					String field = pick(required.isEmpty() ? bodyFields : required, attack.pick());
					body.remove(field);
					target = new Target(field, true);
				}
				case UNKNOWN_FIELD -> {
					String field = pick(List.of("birthDay", "ID", "id", "owner", "ownerId", "__proto__", "fuzzExtra",
							"createdAt", "connectedOn"), attack.pick());
					if (hasProperty(operation.body(), field)) {
						field = field + "X";
					}
					body.put(field, 1);
					target = new Target(field, true);
				}
				case BAD_DATE -> {
					String field = pick(fieldsOf(operation.body(), "date"), attack.pick());
					body.put(field, pick(BAD_DATES, attack.pick()));
					target = new Target(field, true);
				}
				case HUGE_STRING -> {
					String field = pick(fieldsOf(operation.body(), "string"), attack.pick());
					body.put(field, "x".repeat(attack.pick() % 2 == 0 ? 100_001 : 1_000_000));
					target = new Target(field, true);
				}
				case HUGE_ARRAY -> {
					String field = pick(fieldsOf(operation.body(), "array"), attack.pick());
					ArrayNode huge = NODES.arrayNode();
					JsonNode item = body.path(field).isArray() && !body.path(field).isEmpty() ? body.path(field).get(0)
							: NODES.numberNode(1);
					for (int i = 0; i < 20_000; i++) {
						huge.add(item);
					}
					body.set(field, huge);
					target = new Target(field, true);
				}
				case DEEP_NESTING -> {
					String field = pick(bodyFields, attack.pick());
					int depth = 2_000 + attack.pick();
					rawValue = "[".repeat(depth) + "]".repeat(depth);
					body.put(field, RAW);
					target = new Target(field, true);
				}
				case ODD_TEXT, BAD_TEXT -> {
					String field = pick(fieldsOf(operation.body(), "string"), attack.pick());
					body.put(field, pick(mutation == Mutation.ODD_TEXT ? ODD_TEXT : BAD_TEXT, attack.pick()));
					target = new Target(field, true);
				}
				case LONE_SURROGATE -> {
					String field = pick(fieldsOf(operation.body(), "string"), attack.pick());
					rawValue = "\"half \\ud83d surrogate\"";
					body.put(field, RAW);
					target = new Target(field, true);
				}
				case INVALID_UTF8 -> {
					String field = pick(fieldsOf(operation.body(), "string"), attack.pick());
					body.put(field, RAW);
					rawBytes = new byte[] { '"', 'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'b', '"' };
					target = new Target(field, true);
				}
				case BAD_ID -> {
					Param param = pick(operation.pathParams(), attack.pick());
					pathValues.put(param.name(), pick(BAD_IDS, attack.pick()));
					target = new Target(param.name(), false);
				}
				case OTHER_USERS_ID -> {
					Param param = pick(operation.pathParams(), attack.pick());
					pathValues.put(param.name(), Long.toString(othersId(param.name(), operation.path(), random)));
					target = new Target(param.name(), false);
				}
				case BAD_PARAM -> {
					Param param = pick(operation.queryParams(), attack.pick());
					query.put(param.name(), pick(BAD_PARAMS, attack.pick()));
					target = new Target(param.name(), false);
				}
				case NO_TOKEN -> token = "";
				case WRONG_MEDIA_TYPE ->
					mediaType = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded"),
							attack.pick());
				case NOT_JSON -> rawBytes = pick(List.of("{\"a\":", "[1,2]", "null", "\"text\"", "{} {}",
						"{\"firstName\": \"a\", \"firstName\": \"b\"}"), attack.pick())
					.getBytes(StandardCharsets.UTF_8);
				case VALID -> {
				}
			}

			byte[] payload = payload(operation, body, rawValue, rawBytes, mutation);
			String path = path(operation.path(), pathValues);
			URI uri = URI.create(this.server.base() + path + queryString(query));
			HttpResponse<String> response = send(operation.method(), uri, token, operation.basicAuth(), mediaType,
					payload, attack);
			int status = response.statusCode();
			String request = attack + " → " + operation.method() + " " + uri + " " + abbreviate(payload);

			assertThat(status).as("never a 5xx: %s answered %s", request, response.body()).isLessThan(500);
			if (status >= 400) {
				assertThat(response.headers().firstValue("Content-Type").orElse(""))
					.as("a 4xx is a problem detail: %s", request)
					.startsWith("application/problem+json");
				JsonNode problem = JSON.readTree(response.body());
				assertThat(problem.path("status").asInt()).as("problem status: %s", request).isEqualTo(status);
				if (status == 400 && target != null) {
					assertNamesTheField(problem, target, request,
							invalidPerDocument(operation, uri, token, mediaType, payload, response, mutation));
				}
			}
			switch (mutation) {
				case OTHER_USERS_ID -> assertThat(status).as("another user's id: %s", request).isEqualTo(404);
				case NO_TOKEN -> assertThat(status).as("no credentials: %s", request).isEqualTo(401);
				case WRONG_MEDIA_TYPE -> assertThat(status).as("wrong media type: %s", request).isIn(400, 415);
				case BAD_TEXT, LONE_SURROGATE, INVALID_UTF8, HUGE_STRING, DEEP_NESTING, BAD_DATE, WRONG_TYPE,
						UNKNOWN_FIELD, NOT_JSON ->
					assertThat(status).as("refused, not stored otherwise: %s", request).isBetween(400, 499);
				default -> {
				}
			}
			if (status >= 200 && status < 300 && body != null && rawValue == null && rawBytes == null
					&& (operation.method().equals("POST") || operation.method().equals("PUT"))) {
				assertStoredAsSent(body, response, path, request);
			}
		}

		private HttpResponse<String> send(String method, URI uri, String token, boolean basic, String mediaType,
				byte[] payload, Attack attack) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Accept", "application/json");
			Map<String, List<String>> headers = new LinkedHashMap<>();
			headers.put("Accept", List.of("application/json"));
			if (token != null && !token.isEmpty()) {
				builder.header("Authorization", "Bearer " + token);
				headers.put("Authorization", List.of("Bearer " + token));
			}
			else if (basic && token == null) {
				String credentials = Base64.getEncoder()
					.encodeToString((this.me.email() + ":" + FuzzServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
				builder.header("Authorization", "Basic " + credentials);
				headers.put("Authorization", List.of("Basic " + credentials));
			}
			if (payload != null) {
				builder.header("Content-Type", mediaType);
				headers.put("Content-Type", List.of(mediaType));
				builder.method(method, HttpRequest.BodyPublishers.ofByteArray(payload));
			}
			else {
				builder.method(method, HttpRequest.BodyPublishers.noBody());
			}
			HttpResponse<String> response = this.server.send(builder);
			List<String> violations = this.contract
				.check(FuzzServer.exchange(method, uri, headers, payload == null ? new byte[0] : payload, response));
			assertThat(violations)
				.as("%s %s (%s) answered %s %s against the document", method, uri, attack, response.statusCode(),
						abbreviate(response.body()))
				.isEmpty();
			return response;
		}

		private boolean invalidPerDocument(Operation operation, URI uri, String token, String mediaType, byte[] payload,
				HttpResponse<String> response, Mutation mutation) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			if (token != null && !token.isEmpty()) {
				headers.put("Authorization", List.of("Bearer " + token));
			}
			if (payload != null) {
				headers.put("Content-Type", List.of(mediaType));
			}
			return this.contract.requestIsInvalid(FuzzServer.exchange(operation.method(), uri, headers,
					payload == null ? new byte[0] : payload, response)) || mutation != Mutation.VALID;
		}

		private static void assertNamesTheField(JsonNode problem, Target target, String request, boolean invalid) {
			List<String> fields = new ArrayList<>();
			problem.path("errors")
				.forEach(error -> fields.add(error.path("field").isNull() ? null : error.path("field").asString()));
			assertThat(problem.path("errors").isArray() && !problem.path("errors").isEmpty())
				.as("a 400 lists what is wrong: %s answered %s", request, problem)
				.isTrue();
			if (!invalid || !target.bodyField()) {
				return;
			}
			assertThat(fields).as("a 400 names the field %s: %s answered %s", target.field(), request, problem)
				.anySatisfy(field -> assertThat(field == null ? "" : field).satisfiesAnyOf(
						name -> assertThat(name).isEqualTo(target.field()),
						name -> assertThat(name).startsWith(target.field() + "["),
						name -> assertThat(name).startsWith(target.field() + ".")));
		}

		private void assertStoredAsSent(ObjectNode sent, HttpResponse<String> response, String path, String request) {
			JsonNode answered = JSON.readTree(response.body());
			if (!answered.isObject()) {
				return;
			}
			assertSame(sent, answered, request + " (the answer)");
			String location = response.headers().firstValue("Location").orElse(null);
			String readBack = location != null ? URI.create(location).getRawPath() : path;
			HttpResponse<String> read = send("GET", URI.create(this.server.base() + readBack), this.myToken, false,
					null, null, null);
			if (read.statusCode() == 200) {
				assertSame(sent, JSON.readTree(read.body()), request + " (read back from " + readBack + ")");
			}
		}

		private static void assertSame(ObjectNode sent, JsonNode stored, String request) {
			sent.properties().forEach(entry -> {
				String name = entry.getKey();
				if (name.equals("version") || !stored.has(name)) {
					return;
				}
				JsonNode value = entry.getValue();
				JsonNode back = stored.get(name);
				if (value.isNull() || (value.isString() && value.asString().isEmpty())) {
					assertThat(back.isNull() || back.isEmpty() || (back.isBoolean() && !back.asBoolean()))
						.as("%s: %s sent empty, stored as %s", request, name, back)
						.isTrue();
				}
				else if (value.isArray()) {
					assertThat(texts(back)).as("%s: %s", request, name).isEqualTo(texts(value));
				}
				else if (value.isNumber()) {
					assertThat(back.isNumber() && back.decimalValue().compareTo(value.decimalValue()) == 0)
						.as("%s: %s sent %s, stored as %s", request, name, value, back)
						.isTrue();
				}
				else if (!value.isObject()) {
					assertThat(back).as("%s: %s sent %s, stored as %s", request, name, value, back).isEqualTo(value);
				}
			});
		}

		private static TreeSet<String> texts(JsonNode array) {
			TreeSet<String> texts = new TreeSet<>();
			array.forEach(item -> texts.add(item.isString() ? item.asString() : item.toString()));
			return texts;
		}

		private Mutation applicable(Mutation mutation, Operation operation) {
			boolean jsonBody = operation.body() != null && "application/json".equals(operation.mediaType());
			return switch (mutation) {
				case WRONG_TYPE, NULL_FIELD, UNKNOWN_FIELD, DEEP_NESTING, NOT_JSON ->
					jsonBody ? mutation : fallback(operation);
				case MISSING_REQUIRED ->
					jsonBody && !names(operation.body()).isEmpty() ? mutation : fallback(operation);
				case BAD_DATE ->
					jsonBody && !fieldsOf(operation.body(), "date").isEmpty() ? mutation : fallback(operation);
				case HUGE_STRING, ODD_TEXT, BAD_TEXT, LONE_SURROGATE, INVALID_UTF8 ->
					jsonBody && !fieldsOf(operation.body(), "string").isEmpty() ? mutation : fallback(operation);
				case HUGE_ARRAY ->
					jsonBody && !fieldsOf(operation.body(), "array").isEmpty() ? mutation : fallback(operation);
				case BAD_ID, OTHER_USERS_ID -> operation.pathParams().isEmpty() ? fallback(operation) : mutation;
				case BAD_PARAM -> operation.queryParams().isEmpty() ? fallback(operation) : mutation;
				case WRONG_MEDIA_TYPE -> operation.body() != null ? mutation : fallback(operation);
				case VALID, NO_TOKEN -> mutation;
			};
		}

		private static Mutation fallback(Operation operation) {
			if (!operation.pathParams().isEmpty()) {
				return Mutation.BAD_ID;
			}
			return operation.queryParams().isEmpty() ? Mutation.VALID : Mutation.BAD_PARAM;
		}

		private static byte[] payload(Operation operation, ObjectNode body, String rawValue, byte[] rawBytes,
				Mutation mutation) {
			if (mutation == Mutation.NOT_JSON) {
				return rawBytes;
			}
			if (operation.body() == null) {
				return null;
			}
			if (!"application/json".equals(operation.mediaType())) {
				// a multipart upload: an empty part list, so the operation's own checks
				// answer
				return "--fuzz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--fuzz--\r\n"
					.getBytes(StandardCharsets.UTF_8);
			}
			String json = JSON.writeValueAsString(body);
			String quoted = "\"" + RAW + "\"";
			if (rawValue != null) {
				return json.replace(quoted, rawValue).getBytes(StandardCharsets.UTF_8);
			}
			if (rawBytes != null) {
				int at = json.indexOf(quoted);
				byte[] before = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
				byte[] after = json.substring(at + quoted.length()).getBytes(StandardCharsets.UTF_8);
				byte[] all = new byte[before.length + rawBytes.length + after.length];
				System.arraycopy(before, 0, all, 0, before.length);
				System.arraycopy(rawBytes, 0, all, before.length, rawBytes.length);
				System.arraycopy(after, 0, all, before.length + rawBytes.length, after.length);
				return all;
			}
			return json.getBytes(StandardCharsets.UTF_8);
		}

		/** A valid value for a schema; ids are the caller's own, created as needed. */
		JsonNode validValue(JsonNode schema, String name, Random random, String token) {
			return validValue(schema, name, random, token, false);
		}

		/**
		 * A value the schema allows. {@code complete} fills every optional property too:
		 * the resource an attack needs must be created, and a rule across fields (a date
		 * of kind OTHER needs a label) is not one the schema can say.
		 */
		JsonNode validValue(JsonNode schema, String name, Random random, String token, boolean complete) {
			schema = resolve(schema);
			String type = schema.path("type").asString("object");
			if (schema.has("enum")) {
				return schema.path("enum").get(random.nextInt(schema.path("enum").size()));
			}
			switch (type) {
				case "object" -> {
					ObjectNode object = NODES.objectNode();
					List<String> required = required(schema);
					schema.path("properties").properties().forEach(property -> {
						String field = property.getKey();
						JsonNode propertySchema = resolve(property.getValue());
						boolean optionalId = !required.contains(field) && field.toLowerCase(Locale.ROOT).endsWith("id");
						if (field.equals("version") || propertySchema.path("readOnly").asBoolean() || optionalId) {
							return;
						}
						if (required.contains(field) || complete || random.nextInt(3) > 0) {
							object.set(field, validValue(propertySchema, field, random, token));
						}
					});
					return object;
				}
				case "array" -> {
					ArrayNode array = NODES.arrayNode();
					JsonNode item = validValue(schema.path("items"), singular(name), random, token);
					array.add(item);
					if (item.isString()) {
						array.add(item.asString() + "2");
					}
					return array;
				}
				case "integer" -> {
					if (isIdName(name)) {
						return NODES.numberNode(ownedId(name, null, token, random));
					}
					long minimum = schema.path("minimum").asLong(0);
					return NODES.numberNode(Math.max(minimum, 1 + random.nextInt(5)));
				}
				case "number" -> {
					return NODES.numberNode(1.5);
				}
				case "boolean" -> {
					return NODES.booleanNode(random.nextBoolean());
				}
				default -> {
					return NODES.stringNode(validText(schema, name, random));
				}
			}
		}

		private static String validText(JsonNode schema, String name, Random random) {
			String format = schema.path("format").asString("");
			if (format.equals("date")) {
				return random.nextBoolean() ? "2026-11-10" : "2026-12-01";
			}
			if (format.equals("date-time")) {
				return "2026-11-10T10:00:00Z";
			}
			if (format.equals("email") || name.toLowerCase(Locale.ROOT).contains("email")) {
				return "fuzz" + random.nextInt(1000) + "@example.com";
			}
			if (name.toLowerCase(Locale.ROOT).contains("url")) {
				return "https://example.com/in/fuzz-" + random.nextInt(1000);
			}
			String text = "Fuzz " + Integer.toString(random.nextInt(1_000_000), 36);
			String pattern = schema.path("pattern").asString(null);
			if (pattern != null) {
				for (String candidate : List.of(text, "+49 30 1234567", "abc", "ABC123", "1990-04-02", "--04-02")) {
					if (Pattern.compile(pattern).matcher(candidate).find()) {
						return candidate;
					}
				}
			}
			int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
			return text.length() > max ? text.substring(0, Math.max(1, max)) : text;
		}

		private String validParameter(Param param, Random random) {
			JsonNode schema = param.schema();
			if (isIdName(param.name())) {
				return Long.toString(ownedId(param.name(), null, this.myToken, random));
			}
			JsonNode value = validValue(schema, param.name(), random, this.myToken);
			if (param.name().equals("week")) {
				return "2026-11-16";
			}
			return value.isString() ? value.asString() : value.toString();
		}

		/**
		 * A fresh resource of the caller for an id parameter, created through the API
		 * itself.
		 */
		long ownedId(String name, String path, String token, Random random) {
			String collection = collectionFor(name, path);
			if (collection == null) {
				return 1 + random.nextInt(1000);
			}
			Operation create = this.operations.stream()
				.filter(operation -> operation.method().equals("POST") && operation.path().equals(collection)
						&& operation.body() != null && "application/json".equals(operation.mediaType()))
				.findFirst()
				.orElse(null);
			if (create == null) {
				return 1 + random.nextInt(1000);
			}
			// a nested collection (/contacts/{contactId}/dates) needs its parent's id
			// first
			String concrete = collection;
			Matcher parent = Pattern.compile("\\{([^}]+)}").matcher(collection);
			while (parent.find()) {
				concrete = concrete.replace(parent.group(0), Long.toString(ownedId(parent.group(1),
						collection.substring(0, parent.start()) + "{" + parent.group(1) + "}", token, random)));
			}
			URI uri = URI.create(this.server.base() + concrete);
			// a few tries: a rule about what is already stored (one birthday per person)
			// may refuse a body
			// the schema allows; a valid body must be accepted in the end, or the attack
			// would run on a
			// stranger's id
			List<String> refusals = new ArrayList<>();
			for (int attempt = 0; attempt < 5; attempt++) {
				ObjectNode body = (ObjectNode) validValue(create.body(), "", new Random(random.nextLong()), token,
						true);
				HttpResponse<String> created = send("POST", uri, token, false, "application/json",
						JSON.writeValueAsBytes(body), null);
				if (created.statusCode() / 100 == 2) {
					return JSON.readTree(created.body()).path("id").asLong();
				}
				refusals.add(body + " answered " + created.statusCode() + " " + created.body());
			}
			throw new AssertionError("could not create a " + name + " for an attack: POST " + uri + " " + refusals);
		}

		long othersId(String name, String path, Random random) {
			String collection = collectionFor(name, path);
			return this.othersIds.computeIfAbsent(String.valueOf(collection),
					key -> ownedId(name, path, this.othersToken, random));
		}

		/**
		 * The collection an id parameter points into: {id} under /contacts, or contactId
		 * → /contacts.
		 */
		private String collectionFor(String name, String path) {
			if (name.equals("id") && path != null) {
				return path.substring(0, path.indexOf("/{id}"));
			}
			String base = name.replaceAll("(?i)ids?$", "");
			if (base.equals("participant")) {
				base = "contact";
			}
			String kebab = base.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + "s";
			for (Operation operation : this.operations) {
				if (operation.method().equals("POST") && operation.path().endsWith("/" + kebab)) {
					return operation.path();
				}
			}
			return null;
		}

		private Long currentVersion(String path, String token) {
			HttpResponse<String> current = send("GET", URI.create(this.server.base() + path), token, false, null, null,
					null);
			if (current.statusCode() != 200) {
				return null;
			}
			JsonNode version = JSON.readTree(current.body()).path("version");
			return version.isNumber() ? version.asLong() : null;
		}

		private static boolean isIdName(String name) {
			String lower = name.toLowerCase(Locale.ROOT);
			return lower.endsWith("id") || lower.endsWith("ids");
		}

		private static String singular(String name) {
			return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
		}

		private static List<String> names(JsonNode schema) {
			List<String> names = new ArrayList<>();
			schema.path("properties").propertyNames().forEach(names::add);
			return names;
		}

		private static boolean hasProperty(JsonNode schema, String name) {
			return schema.path("properties").has(name);
		}

		private static List<String> required(JsonNode schema) {
			List<String> required = new ArrayList<>();
			schema.path("required").forEach(name -> required.add(name.asString()));
			return required;
		}

		private JsonNode schemaOf(JsonNode schema, String field) {
			return resolve(schema.path("properties").path(field));
		}

		private List<String> fieldsOf(JsonNode schema, String kind) {
			List<String> fields = new ArrayList<>();
			schema.path("properties").properties().forEach(property -> {
				JsonNode propertySchema = resolve(property.getValue());
				String type = propertySchema.path("type").asString("");
				boolean date = propertySchema.path("format").asString("").equals("date");
				if ((kind.equals("date") && date)
						|| (kind.equals("string") && type.equals("string") && !date && !propertySchema.has("enum"))
						|| (kind.equals("array") && type.equals("array"))) {
					fields.add(property.getKey());
				}
			});
			return fields;
		}

		private static JsonNode wrongTypeFor(JsonNode schema, int pick) {
			String type = schema.path("type").asString("");
			List<JsonNode> candidates = new ArrayList<>(List.of(NODES.numberNode(123), NODES.numberNode(80.5),
					NODES.booleanNode(true), NODES.stringNode("5"), NODES.objectNode(), NODES.arrayNode().add(1)));
			candidates.removeIf(candidate -> switch (type) {
				case "string" -> candidate.isString();
				case "integer" -> candidate.isIntegralNumber();
				case "number" -> candidate.isNumber();
				case "boolean" -> candidate.isBoolean();
				case "array" -> candidate.isArray();
				default -> candidate.isObject();
			});
			return candidates.get(pick % candidates.size());
		}

		private static String path(String template, Map<String, String> values) {
			String path = template;
			for (Map.Entry<String, String> value : values.entrySet()) {
				path = path.replace("{" + value.getKey() + "}", value.getValue());
			}
			return path;
		}

		private static String queryString(Map<String, String> query) {
			if (query.isEmpty()) {
				return "";
			}
			StringBuilder text = new StringBuilder("?");
			query.forEach((name, value) -> {
				if (text.length() > 1) {
					text.append('&');
				}
				// values that are already percent-encodings stay raw, so %00 and %C3%28
				// reach the server as such
				String encoded = value.matches(".*%[0-9A-Fa-f]{2}.*") ? value
						: URLEncoder.encode(value, StandardCharsets.UTF_8);
				text.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(encoded);
			});
			return text.toString();
		}

		private static <T> T pick(List<T> options, int pick) {
			return options.get(Math.floorMod(pick, options.size()));
		}

		private static String abbreviate(Object text) {
			String value = text instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
					: String.valueOf(text);
			return value.length() > 300 ? value.substring(0, 300) + "…(" + value.length() + " chars)" : value;
		}

	}

}
