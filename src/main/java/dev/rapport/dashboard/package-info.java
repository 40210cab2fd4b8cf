/**
 * The home page: composes what the other modules offer into the page a user opens every
 * day. Owns no tables.
 */
@ApplicationModule(allowedDependencies = { "contact", "interaction", "followup", "scoring", "reconnect", "depth",
		"demo", "account", "shared" })
package dev.rapport.dashboard;

import org.springframework.modulith.ApplicationModule;
