/**
 * The JSON API under {@code /api/v1} for scripts: contacts, interactions, follow-ups,
 * scores, the LinkedIn import and This week's list over the same public services the
 * pages use, authenticated by personal access tokens (see the account module). Requests
 * and responses are records of its own, so the wire format stays stable while the modules
 * change; every error is an RFC 9457 problem detail; the OpenAPI description is generated
 * from these controllers.
 */
@ApplicationModule(allowedDependencies = { "contact", "interaction", "followup", "scoring", "reconnect", "importing",
		"reminders", "backup", "depth", "account", "shared" })
package dev.rapport.api;

import org.springframework.modulith.ApplicationModule;
