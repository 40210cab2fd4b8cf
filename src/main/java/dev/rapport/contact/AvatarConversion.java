package dev.rapport.contact;

import java.util.concurrent.CompletableFuture;

/**
 * A card's photo on its way to becoming an avatar, started as soon as an import knows the
 * photo will be written ({@link AddressBookContacts#startAvatar}) and awaited when its
 * chunk is written ({@link AddressBookContacts#importCards}). Each card carries its own
 * conversion, so photos that finish out of order still land on their own contacts.
 */
public final class AvatarConversion {

	/** No photo to store. */
	public static final AvatarConversion NONE = new AvatarConversion(CompletableFuture.completedFuture(null));

	private final CompletableFuture<byte[]> avatar;

	AvatarConversion(CompletableFuture<byte[]> avatar) {
		this.avatar = avatar;
	}

	/** Waits for the avatar's bytes; {@code null} when there is none to store. */
	byte[] avatar() {
		return this.avatar.join();
	}

}
