package dev.rapport.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app served by a real Tomcat on a random port (get it with
 * {@code @LocalServerPort}), on the test profile's database and fixed clock: for tests
 * that talk HTTP as a client would (curl examples, fuzzing, the browser journeys). All
 * such classes share one running app, so each signs up users of its own
 * ({@link TestUsers}); a class that needs an empty database adds a property of its own
 * (see {@code FirstRunJourneyTests}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestFixtures.class)
public @interface ServerIntegrationTest {

}
