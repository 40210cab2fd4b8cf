package dev.rapport;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/configuration.md lists every {@code rapport.*} setting with its environment
 * variable: the settings are read from the {@code @ConfigurationProperties} records
 * themselves, so a new one without documentation fails here.
 */
class ConfigurationReferenceTests {

	@Test
	void everyRapportSettingIsDocumentedWithItsEnvironmentVariable() throws Exception {
		String reference = Files.readString(Path.of("docs/configuration.md"));
		List<String> settings = settings();
		assertThat(settings).contains("rapport.base-url", "rapport.importing.max-file-size",
				"rapport.scoring.weights.meal", "rapport.backup.keep");
		for (String setting : settings) {
			assertThat(reference).as("docs/configuration.md documents %s", setting).contains("`" + setting + "`");
			assertThat(reference).as("docs/configuration.md names the variable of %s", setting)
				.contains("`" + environmentVariable(setting) + "`");
		}
	}

	/** Spring Boot's rule: dots become underscores, dashes go, all upper case. */
	static String environmentVariable(String setting) {
		return setting.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
	}

	private static List<String> settings() throws ClassNotFoundException, IOException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		List<String> settings = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("dev.rapport")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), null);
			String prefix = type.getAnnotation(ConfigurationProperties.class).value();
			collect(prefix, type, settings);
		}
		return settings;
	}

	private static void collect(String prefix, Class<?> type, List<String> settings) {
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + "." + kebab(component.getName());
			Class<?> valueType = component.getType();
			if (valueType.isRecord() && valueType.getName().startsWith("dev.rapport.")) {
				collect(name, valueType, settings);
			}
			else {
				settings.add(name);
			}
		}
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
	}

}
