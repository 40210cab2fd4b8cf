package dev.rapport.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A benchmark or profile of the running app over real HTTP with a large network: the
 * whole app on a random port (its {@code @LocalServerPort}; sign in with
 * {@code SignedInHttp}), the test profile's fixed clock, and the
 * {@link LargeSampleLoader} to fill it. Tagged {@code benchmark}, so only
 * {@code -Pbenchmark} runs it ({@code docs/benchmarks.md}); every class with this
 * annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(LargeSampleLoader.class)
public @interface LargeSampleBenchmark {

}
