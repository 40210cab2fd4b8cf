/**
 * Importing and exporting: turns LinkedIn's {@code Connections.csv}, address books
 * (vCard, Google and Outlook CSV) and Rapport's own backup into contacts, and writes the
 * account back out (the JSON backup, vCard, spreadsheets). An upload is kept server-side
 * as a pending import, recognised by its content, previewed (what would be created,
 * updated, left unchanged or skipped, and why), then committed in one transaction and
 * kept as an import record. The same reading and matching code serves preview and commit,
 * so the commit does what the preview said.
 */
@ApplicationModule(allowedDependencies = { "contact", "scoring", "account", "shared" })
package dev.rapport.importing;

import org.springframework.modulith.ApplicationModule;
