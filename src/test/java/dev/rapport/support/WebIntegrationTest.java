package dev.rapport.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app with its real security filter chain, on an in-memory database, at the
 * fixed instant of the {@code test} profile (Wednesday 18 November 2026, 10:00 UTC).
 * Tests share one context and keep out of each other's way by signing up users of their
 * own ({@link TestFixtures}, a bean of this context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestFixtures.class)
public @interface WebIntegrationTest {

}
