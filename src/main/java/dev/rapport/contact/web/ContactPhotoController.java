package dev.rapport.contact.web;

import java.time.Duration;

import dev.rapport.account.Owner;
import dev.rapport.contact.AddressBookContacts;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A contact's photo (the small JPEG kept from an address book), for the avatar. Someone
 * else's contact, or one without a photo, is a 404 like any unknown page.
 */
@Controller
class ContactPhotoController {

	private final AddressBookContacts addressBooks;

	ContactPhotoController(AddressBookContacts addressBooks) {
		this.addressBooks = addressBooks;
	}

	@GetMapping("/contacts/{id}/photo")
	ResponseEntity<byte[]> photo(Owner owner, @PathVariable long id) {
		return this.addressBooks.photo(owner.id(), id)
			.map(jpeg -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
				.header("X-Content-Type-Options", "nosniff")
				.body(jpeg))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
