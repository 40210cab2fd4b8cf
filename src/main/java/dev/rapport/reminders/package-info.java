/**
 * Reminders that reach the user without opening the app: the weekly digest email (sent by
 * the app itself, once per week, recorded in the database) and a private calendar feed of
 * birthdays, important dates, follow-ups and planned interactions. Reads the other
 * modules' public services; owns only its own tables.
 */
@ApplicationModule(allowedDependencies = { "reconnect", "followup", "interaction", "contact", "account", "shared" })
package dev.rapport.reminders;

import org.springframework.modulith.ApplicationModule;
