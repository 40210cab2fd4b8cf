package dev.rapport.importing.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One committed import: which file, when, and what it did. Never edited, so it has no
 * version.
 */
@Entity
@Table(name = "import_record")
public class ImportRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	private int created;

	private int updated;

	private int unchanged;

	private int skipped;

	/** Which kind of file it was, as an {@code ImportFormat} name. */
	@Column(nullable = false, updatable = false)
	private String format = "LINKEDIN";

	protected ImportRecord() {
	}

	public ImportRecord(long ownerId, String fileName, Instant importedAt, int created, int updated, int unchanged,
			int skipped) {
		this.ownerId = ownerId;
		this.fileName = fileName;
		this.importedAt = importedAt;
		this.created = created;
		this.updated = updated;
		this.unchanged = unchanged;
		this.skipped = skipped;
	}

	public ImportRecord(long ownerId, String fileName, Instant importedAt, int created, int updated, int unchanged,
			int skipped, String format) {
		this(ownerId, fileName, importedAt, created, updated, unchanged, skipped);
		this.format = format;
	}

	public String getFormat() {
		return this.format;
	}

	public Long getId() {
		return this.id;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public Instant getImportedAt() {
		return this.importedAt;
	}

	public int getCreated() {
		return this.created;
	}

	public int getUpdated() {
		return this.updated;
	}

	public int getUnchanged() {
		return this.unchanged;
	}

	public int getSkipped() {
		return this.skipped;
	}

}
