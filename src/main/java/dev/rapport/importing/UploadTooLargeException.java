package dev.rapport.importing;

import org.springframework.util.unit.DataSize;

/**
 * An uploaded file is larger than {@code rapport.importing.max-file-size}; nothing was
 * kept.
 */
public class UploadTooLargeException extends RuntimeException {

	private final DataSize limit;

	public UploadTooLargeException(DataSize limit) {
		super("The file is larger than " + limit.toMegabytes() + " MB");
		this.limit = limit;
	}

	public DataSize limit() {
		return this.limit;
	}

}
