package dev.rapport.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.rapport.support.ServerIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives the running app in headless Chromium. The app is the one every
 * {@link ServerIntegrationTest} shares (random port, the test profile's database and
 * fixed clock); each class gets one browser, whose {@link Browser} a test method takes as
 * a parameter. Without Chromium the class is skipped.
 * <p>
 * Since the app is shared, a test signs up its own user ({@link Rapport#signUpSomeone()})
 * and never relies on what other tests created. A class that needs an empty database adds
 * a database of its own ({@code FirstRunJourneyTests}), which costs a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ServerIntegrationTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
