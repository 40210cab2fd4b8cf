/**
 * Follow-ups: the promises that keep a relationship going, "I owe them" and "waiting on them",
 * with due dates, snoozing and completion.
 */
package dev.rapport.followup;
