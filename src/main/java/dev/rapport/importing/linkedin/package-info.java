/**
 * Reads LinkedIn's {@code Connections.csv} in every generation LinkedIn has shipped since
 * 2017, as a stream of {@link dev.rapport.importing.linkedin.ConnectionRow}s. Pure Java
 * on purpose: no Spring, no database, so the import preview and commit can be built on
 * top of it and the format rules can be tested in isolation.
 */
@NullMarked
package dev.rapport.importing.linkedin;

import org.jspecify.annotations.NullMarked;
