package dev.rapport.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * Uploaded files waiting between preview and commit, each in a temp file under a random token
 * that only its owner can use. Bounded in age, per owner and in total; expired and surplus files
 * are deleted whenever the store is used, and all of them when the app stops. Kept in memory:
 * after a restart a user uploads again, which costs a few seconds at most.
 */
@Component
class PendingImports {

	private static final int TOKEN_BYTES = 24;

	private static final int COPY_BUFFER = 64 * 1024;

	private static final int COMMITTED_REMEMBERED = 200;

	private final ImportingProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/** In upload order, so the first entries are the oldest. */
	private final Map<String, PendingImport> byToken = new LinkedHashMap<>();

	private final Path directory;

	/** Recently committed tokens, so a double submit lands on the result instead of an error. */
	private final Map<String, Committed> committed = new LinkedHashMap<>(16, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Committed> eldest) {
			return size() > COMMITTED_REMEMBERED;
		}

	};

	PendingImports(ImportingProperties properties, Clock clock) throws IOException {
		this.properties = properties;
		this.clock = clock;
		this.directory = Files.createTempDirectory("rapport-imports-");
	}

	/**
	 * Copies the upload to a temp file, stopping as soon as it passes the size limit.
	 * @throws UploadTooLargeException when it does; nothing is kept
	 */
	String store(long ownerId, String fileName, InputStream content) throws IOException {
		Path file = Files.createTempFile(this.directory, "upload-", ".csv");
		try {
			copyAtMost(content, file, this.properties.maxFileSize().toBytes());
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		String token = newToken();
		List<PendingImport> dropped = new ArrayList<>();
		synchronized (this) {
			dropped.addAll(expired());
			dropped.addAll(makeRoomFor(ownerId));
			this.byToken.put(token, new PendingImport(token, ownerId, fileName, file, this.clock.instant()));
		}
		dropped.forEach(PendingImports::delete);
		return token;
	}

	/** @throws PendingImportNotFoundException unless the owner has a pending import with that token */
	PendingImport find(long ownerId, String token) {
		List<PendingImport> dropped;
		PendingImport pending;
		synchronized (this) {
			dropped = expired();
			pending = this.byToken.get(token);
		}
		dropped.forEach(PendingImports::delete);
		if (pending == null || pending.ownerId() != ownerId) {
			throw new PendingImportNotFoundException();
		}
		return pending;
	}

	/**
	 * Takes the pending import out of the store for a commit, so a second submit of the same token
	 * cannot run it again; {@link #committed} or {@link #restore} must follow.
	 * @return the pending import, or the id of the import record when this token was committed
	 * already (a double submit), as a {@link Claim}
	 * @throws PendingImportNotFoundException unless the token is the owner's
	 */
	Claim claim(long ownerId, String token) {
		synchronized (this) {
			Committed committed = this.committed.get(token);
			if (committed != null && committed.ownerId() == ownerId) {
				return new Claim(null, committed.recordId());
			}
			PendingImport pending = this.byToken.get(token);
			if (pending != null && pending.ownerId() == ownerId) {
				this.byToken.remove(token);
				return new Claim(pending, null);
			}
		}
		throw new PendingImportNotFoundException();
	}

	/** The claimed import was committed: its file goes, its token keeps answering with the record. */
	void committed(PendingImport pending, long recordId) {
		synchronized (this) {
			this.committed.put(pending.token(), new Committed(pending.ownerId(), recordId));
		}
		delete(pending);
	}

	/** The claimed import failed to commit; it can be tried again. */
	synchronized void restore(PendingImport pending) {
		this.byToken.put(pending.token(), pending);
	}

	/** Forgets the pending import and deletes its file. */
	void remove(PendingImport pending) {
		synchronized (this) {
			this.byToken.remove(pending.token(), pending);
		}
		delete(pending);
	}

	synchronized int size() {
		return this.byToken.size();
	}

	@PreDestroy
	void deleteAll() {
		List<PendingImport> all;
		synchronized (this) {
			all = new ArrayList<>(this.byToken.values());
			this.byToken.clear();
		}
		all.forEach(PendingImports::delete);
		try {
			Files.deleteIfExists(this.directory);
		}
		catch (IOException ex) {
			// A file still open elsewhere keeps the directory; the OS cleans temp space anyway.
		}
	}

	private List<PendingImport> expired() {
		Instant oldestKept = this.clock.instant().minus(this.properties.pendingFor());
		List<PendingImport> expired = new ArrayList<>();
		for (Iterator<PendingImport> it = this.byToken.values().iterator(); it.hasNext();) {
			PendingImport pending = it.next();
			if (pending.storedAt().isBefore(oldestKept)) {
				it.remove();
				expired.add(pending);
			}
		}
		return expired;
	}

	/** Drops the owner's oldest uploads, then anybody's oldest, until one more fits. */
	private List<PendingImport> makeRoomFor(long ownerId) {
		List<PendingImport> dropped = new ArrayList<>();
		List<PendingImport> owners = this.byToken.values().stream().filter(p -> p.ownerId() == ownerId).toList();
		for (int i = 0; i <= owners.size() - this.properties.maxPendingPerOwner(); i++) {
			this.byToken.remove(owners.get(i).token());
			dropped.add(owners.get(i));
		}
		Iterator<PendingImport> oldestFirst = this.byToken.values().iterator();
		while (this.byToken.size() >= this.properties.maxPending() && oldestFirst.hasNext()) {
			dropped.add(oldestFirst.next());
			oldestFirst.remove();
		}
		return dropped;
	}

	private String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private void copyAtMost(InputStream in, Path file, long limit) throws IOException {
		byte[] buffer = new byte[COPY_BUFFER];
		long copied = 0;
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				copied += read;
				if (copied > limit) {
					throw new UploadTooLargeException(this.properties.maxFileSize());
				}
				out.write(buffer, 0, read);
			}
		}
	}

	private static void delete(PendingImport pending) {
		try {
			Files.deleteIfExists(pending.file());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Either a pending import to commit, or the record of the commit that already took it. */
	record Claim(PendingImport pending, Long recordId) {
	}

	private record Committed(long ownerId, long recordId) {
	}

	/** One uploaded file waiting for its commit. */
	record PendingImport(String token, long ownerId, String fileName, Path file, Instant storedAt) {
	}

}
