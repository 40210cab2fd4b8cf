package dev.rapport.account;

/**
 * What a personal access token may do. A script that only reads (a backup, a dashboard)
 * should hold a read-only token, so a leak of it cannot change or delete anything.
 */
public enum AccessTokenScope {

	/** Only reading requests (GET and HEAD); every other API request is answered 403. */
	READ,

	/**
	 * Everything the account may do; the scope of every token made before scopes existed.
	 */
	READ_WRITE;

	/** Whether a request with this HTTP method is allowed under this scope. */
	public boolean allows(String method) {
		return this == READ_WRITE || "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
	}

}
