package dev.rapport;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.rapport.contact.KnownFor;
import dev.rapport.importing.ImportFormat;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.web.LastMet;
import dev.rapport.scoring.ExplanationWriter;
import dev.rapport.scoring.Tier;
import dev.rapport.shared.Durations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key a template names exists in one of the bundles that
 * {@code spring.messages.basename} lists, so a page never shows {@code ??key_en??}. Keys
 * built from an enum in the template ({@code 'interaction.kind.' + ${kind}}) are checked
 * for every value of that enum; so are the keys Java builds from an enum, and the classes
 * that put scores and gaps into words hold keys, never English. Keys held in a variable
 * ({@code #{${errorKey}}}) are not seen here.
 */
class MessageKeysTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * {@code #{key}} and {@code #{key(...)}}: a literal key, not one built from an
	 * expression.
	 */
	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{\\s*([A-Za-z][A-Za-z0-9_.-]*)\\s*[}(]");

	/**
	 * Keys a template builds from an enum value: the expression as the template writes
	 * it, the key prefixes it can produce, and the enum whose every value completes them.
	 */
	private static final List<BuiltKey> BUILT_KEYS = List.of(
			new BuiltKey("#{'interaction.kind.' + ", List.of("interaction.kind."), InteractionKind.values()),
			new BuiltKey("#{'interaction.direction.' + ${direction}", List.of("interaction.direction."),
					Direction.values()),
			new BuiltKey("#{'interaction.direction.' + (${interaction.kind.service} ? 'gave.' : '') + ",
					List.of("interaction.direction.", "interaction.direction.gave."), Direction.values()),
			new BuiltKey("#{import.format.__", List.of("import.format."), ImportFormat.values()),
			new BuiltKey("#{'knownSince.answer.' + ${answer}}", List.of("knownSince.answer."), KnownFor.values()),
			new BuiltKey("#{'bulk.lastMet.' + ${answer}}", List.of("bulk.lastMet."), LastMet.values()));

	/** The classes that turn scores and gaps into words (see below). */
	private static final List<Path> WORDING_CLASSES = List.of(
			Path.of("src/main/java/dev/rapport/scoring/ExplanationWriter.java"),
			Path.of("src/main/java/dev/rapport/scoring/Tier.java"),
			Path.of("src/main/java/dev/rapport/scoring/ScoreRanking.java"),
			Path.of("src/main/java/dev/rapport/shared/Durations.java"));

	/** A message key, or the start of one that Java completes ({@code "tier."}). */
	private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*\\.?");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*(?s:.*?)\\*/");

	@Test
	void everyKeyATemplateNamesIsInABundle() throws IOException {
		Set<String> keys = bundleKeys();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyATemplateBuildsFromAnEnumIsInABundle() throws IOException {
		Set<String> keys = bundleKeys();
		String all = String.join("\n", templates().stream().map(MessageKeysTests::read).toList());
		List<String> missing = new ArrayList<>();
		for (BuiltKey built : BUILT_KEYS) {
			assertThat(all).as("a template still builds keys as %s", built.expression()).contains(built.expression());
			for (String prefix : built.prefixes()) {
				for (Enum<?> value : built.values()) {
					if (!keys.contains(prefix + value.name())) {
						missing.add(prefix + value.name());
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * Keys Java builds from an enum value ({@code "tier." + tier.name()}, the
	 * explanation's {@code "score.explanation.richest." + kind}, a duration's unit):
	 * every value's key is in a bundle.
	 */
	@Test
	void everyKeyJavaBuildsFromAnEnumIsInABundle() {
		Set<String> keys = bundleKeys();
		List<String> built = new ArrayList<>();
		for (Tier tier : Tier.values()) {
			built.add(tier.messageKey());
			built.add(ExplanationWriter.tierInSentenceKey(tier));
		}
		for (InteractionKind kind : InteractionKind.values()) {
			built.add(ExplanationWriter.richestKey(kind));
		}
		for (Durations.Unit unit : Durations.Unit.values()) {
			built.add(new Durations.Duration(unit, 2).messageKey());
		}
		assertThat(built).filteredOn(key -> !keys.contains(key)).isEmpty();
	}

	/**
	 * The classes that turn facts into words hold no English: each string literal in them
	 * is a message key (or the start of one), and every whole key is in a bundle. A
	 * sentence, a duration or a tier's name written in Java would show in English on
	 * every page and disagree with the bundle's words.
	 */
	@Test
	void theClassesThatSayThingsHoldKeysNotEnglish() throws IOException {
		Set<String> keys = bundleKeys();
		List<String> english = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Path source : WORDING_CLASSES) {
			for (String literal : stringLiterals(Files.readString(source))) {
				if (!MESSAGE_KEY.matcher(literal).matches()) {
					english.add(source.getFileName() + ": \"" + literal + "\"");
				}
				else if (!literal.endsWith(".") && !keys.contains(literal)) {
					missing.add(source.getFileName() + ": " + literal);
				}
			}
		}
		assertThat(english).as("English written in Java").isEmpty();
		assertThat(missing).as("keys named in Java but in no bundle").isEmpty();
	}

	@Test
	void theCheckFindsEnglishInJava() {
		List<String> literals = stringLiterals(
				"return \"no contact for \" + days; key(\"score.modifier.steady\"); key(\"tier.\" + name); // \"a comment\"");
		assertThat(literals).containsExactly("no contact for ", "score.modifier.steady", "tier.");
		assertThat(literals).filteredOn(literal -> !MESSAGE_KEY.matcher(literal).matches())
			.containsExactly("no contact for ");
	}

	/** The string literals of Java source, comments left out. */
	static List<String> stringLiterals(String source) {
		String code = COMMENT.matcher(source).replaceAll("");
		List<String> literals = new ArrayList<>();
		Matcher matcher = STRING_LITERAL.matcher(code);
		while (matcher.find()) {
			literals.add(matcher.group(1));
		}
		return literals;
	}

	@Test
	void theCheckFindsAMissingKey() {
		Matcher matcher = LITERAL_KEY.matcher("<p th:text=\"#{no.such.key}\"></p><p th:text=\"#{a.b(${x})}\"></p>"
				+ "<p th:text=\"#{${dynamic}}\"></p>");
		List<String> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		assertThat(found).containsExactly("no.such.key", "a.b");
		assertThat(bundleKeys()).doesNotContain("no.such.key").contains("interaction.kind.MEAL");
	}

	private static Set<String> bundleKeys() {
		Properties application = load(Path.of("src/main/resources/application.properties"));
		String basenames = application.getProperty("spring.messages.basename");
		assertThat(basenames).isNotBlank();
		Set<String> keys = new HashSet<>();
		for (String basename : Arrays.stream(basenames.split(",")).map(String::trim).toList()) {
			Path bundle = Path.of("src/main/resources", basename + ".properties");
			assertThat(bundle).as("bundle %s", basename).exists();
			load(bundle).stringPropertyNames().forEach(keys::add);
		}
		return keys;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record BuiltKey(String expression, List<String> prefixes, Enum<?>[] values) {
	}

}
