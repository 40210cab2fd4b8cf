/**
 * Sample data: a realistic, seeded network of 60 people a new user can load with one
 * click on the empty dashboard (or that the {@code demo} profile loads at start for a
 * demo account) and remove again, leaving their own data alone.
 *
 * <p>
 * It adds people, interactions and follow-ups through the same public services the pages
 * use, so every event, derived column and score is what logging by hand would give; its
 * only table, {@code sample_contact}, remembers which contacts are samples.
 * {@link dev.rapport.demo.SampleDataGenerator} is pure and seeded, so the same sample
 * (or, with a size, the benchmarks' large network, loaded from test sources) comes out
 * every time. Nothing depends on this module but the dashboard.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "contact", "interaction", "followup", "reconnect", "account", "shared" })
package dev.rapport.demo;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
