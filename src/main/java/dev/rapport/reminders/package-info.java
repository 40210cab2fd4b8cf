/**
 * Reminders that reach the user without opening the app: the weekly digest email (sent by the app
 * itself, once per week, recorded in the database) and a private calendar feed of birthdays,
 * important dates, follow-ups and planned interactions. Reads the other modules' public services;
 * owns only its own tables.
 */
package dev.rapport.reminders;
