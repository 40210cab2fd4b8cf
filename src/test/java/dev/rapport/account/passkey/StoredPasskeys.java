package dev.rapport.account.passkey;

import java.time.Instant;
import java.util.Set;

import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Stores a passkey for an account through the same repositories registration uses (the
 * key material is made up: listing, deleting and cascading do not look at it). A real
 * registration and sign-in are {@code PasskeyJourneyTests}'.
 */
public final class StoredPasskeys {

	private StoredPasskeys() {
	}

	/** Returns the new passkey's credential id (base64url). */
	public static String store(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials,
			String email, String label, Instant created) {
		PublicKeyCredentialUserEntity user = users.findByUsername(email);
		if (user == null) {
			users.save(ImmutablePublicKeyCredentialUserEntity.builder()
				.id(Bytes.random())
				.name(email)
				.displayName(email)
				.build());
			user = users.findByUsername(email);
		}
		Bytes id = Bytes.random();
		credentials.save(ImmutableCredentialRecord.builder()
			.credentialId(id)
			.userEntityUserId(user.getId())
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.uvInitialized(true)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.backupEligible(false)
			.backupState(false)
			.attestationObject(new Bytes(new byte[] { 4, 5, 6 }))
			.attestationClientDataJSON(new Bytes(new byte[] { 7, 8, 9 }))
			.created(created)
			.lastUsed(created)
			.label(label)
			.build());
		return id.toBase64UrlString();
	}

}
