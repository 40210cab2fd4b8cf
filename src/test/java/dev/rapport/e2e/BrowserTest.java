package dev.rapport.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test class that drives the running app in headless Chromium. The app runs on a random
 * port with its own in-memory database and the test profile's fixed clock; each class
 * gets one browser, whose {@link Browser} a test method takes as a parameter. Without
 * Chromium the class is skipped.
 * <p>
 * Classes with the same annotations share one app (Spring caches the context), so a test
 * signs up its own user ({@link Rapport#signUpSomeone()}) and never relies on what other
 * tests created. A class that needs an empty database adds a property of its own to get a
 * context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:e2e-${random.uuid};DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
