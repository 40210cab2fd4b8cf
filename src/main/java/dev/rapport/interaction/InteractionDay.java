package dev.rapport.interaction;

import java.time.LocalDate;

/** One interaction's day and kind, counted once however many people took part. */
public record InteractionDay(LocalDate date, InteractionKind kind) {
}
