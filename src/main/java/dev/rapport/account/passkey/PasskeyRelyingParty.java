package dev.rapport.account.passkey;

import java.util.function.Supplier;

import dev.rapport.shared.PublicAddressProperties;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.util.function.SingletonSupplier;

/**
 * Spring Security's WebAuthn relying party (webauthn4j underneath) with Rapport's rules:
 * <ul>
 * <li>the relying party id and allowed origin come from {@code rapport.base-url} (or the
 * port the app listens on), known only once the server has started, hence made on first
 * use;</li>
 * <li>user verification is <em>required</em> (a PIN, fingerprint or face on the device),
 * both to register and to sign in: a passkey sign-in is then two factors on its own
 * (something you have, unlocked by something you know or are), which is why it does not
 * ask for a TOTP code;</li>
 * <li>passkeys are discoverable (resident), so signing in needs no email first.</li>
 * </ul>
 */
final class PasskeyRelyingParty
		implements WebAuthnRelyingPartyOperations, ApplicationListener<WebServerInitializedEvent> {

	static final String NAME = "Rapport";

	private final Supplier<WebAuthnRelyingPartyOperations> operations;

	/**
	 * The port the server really listens on (a random one in tests), once it has started.
	 */
	private volatile int listeningOn = -1;

	PasskeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			PublicAddressProperties publicAddress, Environment environment) {
		this.operations = SingletonSupplier.of(() -> {
			int port = (this.listeningOn > 0) ? this.listeningOn
					: environment.getProperty("server.port", Integer.class, 8080);
			RelyingPartyAddress address = RelyingPartyAddress.of(publicAddress.baseUrl(), port);
			Webauthn4JRelyingPartyOperations webauthn = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
					PublicKeyCredentialRpEntity.builder().id(address.rpId()).name(NAME).build(), address.origins());
			webauthn.setCustomizeCreationOptions(
					options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
						.userVerification(UserVerificationRequirement.REQUIRED)
						.residentKey(ResidentKeyRequirement.REQUIRED)
						.build()));
			webauthn
				.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
			return webauthn;
		});
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.listeningOn = event.getWebServer().getPort();
		}
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		return this.operations.get().createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		return this.operations.get().registerCredential(request);
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
			PublicKeyCredentialRequestOptionsRequest request) {
		return this.operations.get().createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		return this.operations.get().authenticate(request);
	}

}
