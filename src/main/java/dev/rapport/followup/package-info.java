/**
 * Follow-ups: the promises that keep a relationship going, "I owe them" and "waiting on
 * them", with due dates, snoozing and completion.
 */
@ApplicationModule(allowedDependencies = { "contact", "interaction", "account", "shared" })
package dev.rapport.followup;

import org.springframework.modulith.ApplicationModule;
