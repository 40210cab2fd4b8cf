package dev.rapport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every literal message key a template uses exists in one of the bundles, so no page ever
 * shows "??key_en??" to a user.
 */
class MessagesTests {

	static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

	@Test
	void everyKeyUsedInTemplatesIsDefined() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Properties messages = new Properties();
		for (Resource bundle : resolver.getResources("classpath*:messages/*.properties")) {
			try (InputStream in = bundle.getInputStream()) {
				Properties one = new Properties();
				one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				messages.putAll(one);
			}
		}
		Set<String> missing = new TreeSet<>();
		Set<String> used = new TreeSet<>();
		Resource[] templates = resolver.getResources("classpath*:templates/**/*.html");
		assertThat(templates).isNotEmpty();
		for (Resource template : templates) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			Matcher matcher = LITERAL_KEY.matcher(html);
			while (matcher.find()) {
				used.add(matcher.group(1));
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(template.getFilename() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(used).as("keys found in templates").hasSizeGreaterThan(50);
		assertThat(missing).isEmpty();
	}

}
