package dev.rapport.account;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Who a request acts for and when: the signed-in user's id, their time zone and the date
 * it is there. Resolved once per request (a controller declares an {@code Owner}
 * parameter, or asks {@link CurrentUser#owner()}) and handed to services, so "today" is
 * the same date for everything a request does, even across midnight.
 */
public record Owner(long id, ZoneId zone, LocalDate today) {
}
