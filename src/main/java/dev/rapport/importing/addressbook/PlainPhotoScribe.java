package dev.rapport.importing.addressbook;

import com.github.mangstadt.vinnie.io.VObjectPropertyValues;
import ezvcard.VCardDataType;
import ezvcard.io.ParseContext;
import ezvcard.io.scribe.PhotoScribe;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Photo;

/**
 * Reads {@code PHOTO} as ez-vcard's own scribe does, but looks for a backslash before
 * unescaping: base64 and URIs have none, and the unescaping went through a photo's tens
 * of thousands of characters one call at a time, most of a file's characters being
 * photos.
 */
final class PlainPhotoScribe extends PhotoScribe {

	@Override
	protected Photo _parseText(String value, VCardDataType dataType, VCardParameters parameters, ParseContext context) {
		String text = (value.indexOf('\\') < 0) ? value : VObjectPropertyValues.unescape(value);
		return parse(text, dataType, parameters, context.getVersion());
	}

}
