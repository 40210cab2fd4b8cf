package dev.rapport.followup;

/**
 * Whose move it is: something I owe them, or something I am waiting on from them.
 */
public enum Side {

	I_OWE, WAITING_ON_THEM

}
