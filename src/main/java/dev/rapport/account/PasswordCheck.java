package dev.rapport.account;

/** What checking a signed-in user's password (to confirm a sensitive change) found. */
public enum PasswordCheck {

	RIGHT, WRONG,

	/**
	 * Too many wrong passwords for this account from this address lately: not checked at
	 * all.
	 */
	TOO_MANY_ATTEMPTS

}
