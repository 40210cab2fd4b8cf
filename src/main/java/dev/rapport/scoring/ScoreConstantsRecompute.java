package dev.rapport.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.rapport.contact.ContactService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored states are sums computed with the {@code rapport.scoring.*} constants and the
 * formula of the running version. At startup, a fingerprint of both is compared with the
 * one stored beside the states; when it differs (other constants, a new formula, or no
 * states yet after an upgrade), every owner's states are rebuilt from the rows and the
 * new fingerprint is stored.
 */
@Component
class ScoreConstantsRecompute {

	/**
	 * Bump when the formula changes in code, so stored states are recomputed like after a
	 * constant change.
	 */
	static final String FORMULA_VERSION = "1";

	static final String FINGERPRINT_NAME = "rapport.scoring";

	private static final Logger logger = LoggerFactory.getLogger(ScoreConstantsRecompute.class);

	private final ScoreStates states;

	private final ScoreStateStore store;

	private final ContactService contacts;

	private final ScoringProperties properties;

	ScoreConstantsRecompute(ScoreStates states, ScoreStateStore store, ContactService contacts,
			ScoringProperties properties) {
		this.states = states;
		this.store = store;
		this.contacts = contacts;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void recomputeIfConstantsChanged() {
		if (!this.store.fingerprint(FINGERPRINT_NAME).orElse("").equals(fingerprint())) {
			logger.info("Scoring constants changed: recomputing every score state");
			recomputeAll();
		}
	}

	/**
	 * Every owner's states rebuilt from the rows, then the current fingerprint stored.
	 */
	@Transactional
	public void recomputeAll() {
		for (long ownerId : this.contacts.ownerIds()) {
			this.states.recomputeAll(ownerId);
		}
		this.store.saveFingerprint(FINGERPRINT_NAME, fingerprint());
	}

	String fingerprint() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((FORMULA_VERSION + this.properties).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
