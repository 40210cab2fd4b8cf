/**
 * The home page: composes what the other modules offer into the page a user opens every day.
 * Owns no tables.
 */
package dev.rapport.dashboard;
