/**
 * Importing: turns LinkedIn's {@code Connections.csv} into contacts. An upload is kept
 * server-side as a pending import, previewed (what would be created, updated, left unchanged or
 * skipped, and why), then committed in one transaction and kept as an import record. The same
 * reading and matching code serves preview and commit, so the commit does what the preview said.
 */
@ApplicationModule(allowedDependencies = { "contact", "account", "shared" })
package dev.rapport.importing;

import org.springframework.modulith.ApplicationModule;
