package dev.rapport.interaction;

/**
 * Who initiated an interaction; for introductions and favours, who gave.
 */
public enum Direction {

	ME, THEM, MUTUAL

}
