package dev.rapport.scoring;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The depth score S on one day, for charts; null before the first interaction. */
public record ScorePoint(LocalDate day, @Nullable Double depth) {
}
