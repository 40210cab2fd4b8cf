package dev.rapport.contract;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How much the fuzz properties try, and with which seed. CI (and {@code ./mvnw verify}) uses a fixed
 * seed and a bounded number of tries, so a build is repeatable and quick; a long local run passes
 * {@code -Drapport.fuzz.tries=5000 -Drapport.fuzz.seed=random} (see docs/api.md), and a failure's
 * seed is printed so it can be replayed with {@code -Drapport.fuzz.seed=<seed>}.
 */
public class FuzzSettings implements AroundPropertyHook {

	static final String DEFAULT_SEED = "20261118";

	@Override
	public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
		String seed = System.getProperty("rapport.fuzz.seed", DEFAULT_SEED);
		if (!seed.equalsIgnoreCase("random")) {
			context.attributes().setSeed(seed);
		}
		int defaultTries = context.attributes().tries().orElse(200);
		context.attributes().setTries(Integer.getInteger("rapport.fuzz.tries", defaultTries));
		return property.execute();
	}

}
