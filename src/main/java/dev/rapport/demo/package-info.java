/**
 * Sample data: a realistic, seeded network a new user can load with one click (or the
 * {@code demo} profile loads at start) and remove again, leaving their own data alone. The same
 * generator, with a size, feeds the benchmarks. Depends on the modules it fills; nothing depends
 * on it but the dashboard.
 */
@NullMarked
package dev.rapport.demo;

import org.jspecify.annotations.NullMarked;
