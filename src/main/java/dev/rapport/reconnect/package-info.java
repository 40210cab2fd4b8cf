/**
 * This week: the handful of people worth reconnecting with, computed once per user's week
 * from the scores and rhythms of {@code scoring} by the pure
 * {@link dev.rapport.reconnect.WeeklyListPicker}, stored with each suggestion's reason
 * and status so the list never reshuffles and past weeks can be looked back on. Logging
 * an interaction with someone on the list marks them done.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "scoring", "interaction", "contact", "account", "shared" })
package dev.rapport.reconnect;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
