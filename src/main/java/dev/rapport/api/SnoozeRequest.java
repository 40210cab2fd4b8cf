package dev.rapport.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import dev.rapport.shared.validation.PlausibleDate;

/**
 * Until when a follow-up is put off; the service insists the day is after today.
 */
record SnoozeRequest(@NotNull @PlausibleDate LocalDate until) {
}
