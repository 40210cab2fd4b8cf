package dev.rapport.importing.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.rapport.shared.NotFoundException;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.ImageType;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.util.PartialDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes contacts as vCard 4.0 (RFC 6350) with ez-vcard, which any address book imports:
 * every email and phone with its label as {@code TYPE}, addresses, company, position,
 * birthday, notes, tags as {@code CATEGORIES}, the LinkedIn URL and the photo. A
 * contact's {@code UID} is the one its address book gave it, or a stable
 * {@code urn:rapport:contact:<id>}, so importing the file back matches the same people.
 * Streamed a page of contacts at a time.
 */
@Component
public class VCardExporter {

	private static final int PAGE = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	VCardExporter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Every contact of the owner, archived ones included. */
	public void writeAll(long ownerId, OutputStream out) {
		write(ownerId, null, out);
	}

	/**
	 * @throws NotFoundException unless the owner has this contact
	 */
	public void writeOne(long ownerId, long contactId, OutputStream out) {
		requireContact(ownerId, contactId);
		write(ownerId, contactId, out);
	}

	/**
	 * @throws NotFoundException unless the owner has this contact
	 */
	public void requireContact(long ownerId, long contactId) {
		Integer found = this.jdbc.queryForObject("select count(*) from contact where owner_id = ? and id = ?",
				Integer.class, ownerId, contactId);
		if (found == null || found == 0) {
			throw new NotFoundException("Contact", contactId);
		}
	}

	private void write(long ownerId, Long onlyContact, OutputStream out) {
		this.readOnly.executeWithoutResult(status -> {
			try (VCardWriter writer = new VCardWriter(out, VCardVersion.V4_0)) {
				writer.setAddProdId(false);
				long after = 0;
				while (true) {
					List<Map<String, Object>> page = (onlyContact != null)
							? this.jdbc.queryForList("select * from contact where owner_id = ? and id = ? and id > ?",
									ownerId, onlyContact, after)
							: this.jdbc.queryForList(ContactsInKeyOrder.pageQuery("*", PAGE), ownerId, after);
					if (page.isEmpty()) {
						break;
					}
					List<Long> ids = page.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
					Map<Long, List<Map<String, Object>>> emails = childrenOf("contact_email", ids);
					Map<Long, List<Map<String, Object>>> phones = childrenOf("contact_phone", ids);
					Map<Long, List<Map<String, Object>>> addresses = childrenOf("contact_address", ids);
					Map<Long, List<Map<String, Object>>> tags = childrenOf("contact_tag", ids);
					Map<Long, List<Map<String, Object>>> photos = childrenOf("contact_photo", ids);
					Map<Long, List<Map<String, Object>>> dates = childrenOf("important_date", ids);
					for (Map<String, Object> row : page) {
						long id = ((Number) row.get("id")).longValue();
						writer
							.write(vcardOf(row, emails.getOrDefault(id, List.of()), phones.getOrDefault(id, List.of()),
									addresses.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()),
									photos.getOrDefault(id, List.of()), dates.getOrDefault(id, List.of())));
					}
					after = ids.get(ids.size() - 1);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static VCard vcardOf(Map<String, Object> contact, List<Map<String, Object>> emails,
			List<Map<String, Object>> phones, List<Map<String, Object>> addresses, List<Map<String, Object>> tags,
			List<Map<String, Object>> photos, List<Map<String, Object>> dates) {
		VCard vcard = new VCard();
		String first = (String) contact.get("first_name");
		String last = (String) contact.get("last_name");
		StructuredName name = new StructuredName();
		name.setGiven(first);
		name.setFamily(last);
		vcard.setStructuredName(name);
		vcard.setFormattedName((last == null) ? first : first + " " + last);
		String sourceUid = (String) contact.get("source_uid");
		vcard.setUid(
				new ezvcard.property.Uid((sourceUid != null) ? sourceUid : "urn:rapport:contact:" + contact.get("id")));
		String primaryEmail = (String) contact.get("email");
		List<String> written = new ArrayList<>();
		if (primaryEmail != null) {
			Email email = new Email(primaryEmail);
			labelOf(emails, "email", primaryEmail).ifPresent(label -> email.getParameters().setType(label));
			email.setPref(1);
			vcard.addEmail(email);
			written.add(primaryEmail.toLowerCase(Locale.ROOT));
		}
		for (Map<String, Object> row : emails) {
			String value = (String) row.get("email");
			if (!written.contains(value.toLowerCase(Locale.ROOT))) {
				Email email = new Email(value);
				if (row.get("label") != null) {
					email.getParameters().setType((String) row.get("label"));
				}
				vcard.addEmail(email);
				written.add(value.toLowerCase(Locale.ROOT));
			}
		}
		String primaryPhone = (String) contact.get("phone");
		List<String> writtenPhones = new ArrayList<>();
		if (primaryPhone != null) {
			Telephone phone = new Telephone(primaryPhone);
			labelOf(phones, "phone", primaryPhone).ifPresent(label -> phone.getParameters().setType(label));
			phone.setPref(1);
			vcard.addTelephoneNumber(phone);
			writtenPhones.add(primaryPhone);
		}
		for (Map<String, Object> row : phones) {
			String value = (String) row.get("phone");
			if (!writtenPhones.contains(value)) {
				Telephone phone = new Telephone(value);
				if (row.get("label") != null) {
					phone.getParameters().setType(labelForPhone((String) row.get("label")));
				}
				vcard.addTelephoneNumber(phone);
				writtenPhones.add(value);
			}
		}
		for (Map<String, Object> row : addresses) {
			Address address = new Address();
			address.setStreetAddress((String) row.get("street"));
			address.setLocality((String) row.get("locality"));
			address.setRegion((String) row.get("region"));
			address.setPostalCode((String) row.get("postal_code"));
			address.setCountry((String) row.get("country"));
			if (row.get("label") != null) {
				address.getParameters().setType((String) row.get("label"));
			}
			vcard.addAddress(address);
		}
		if (contact.get("company") != null) {
			vcard.setOrganization((String) contact.get("company"));
		}
		if (contact.get("position") != null) {
			vcard.addTitle((String) contact.get("position"));
		}
		writeDates(vcard, dates);
		if (contact.get("notes") != null) {
			vcard.addNote((String) contact.get("notes"));
		}
		if (contact.get("linkedin_url") != null) {
			vcard.addUrl((String) contact.get("linkedin_url"));
		}
		if (!tags.isEmpty()) {
			Categories categories = new Categories();
			tags.forEach(tag -> categories.getValues().add((String) tag.get("tag")));
			vcard.setCategories(categories);
		}
		if (!photos.isEmpty()) {
			vcard.addPhoto(
					new Photo(Base64.getDecoder().decode((String) photos.get(0).get("data_base64")), ImageType.JPEG));
		}
		return vcard;
	}

	/**
	 * The birthday as {@code BDAY} ({@code --MMDD} without a year, as RFC 6350 allows);
	 * every other date as Apple's grouped {@code itemN.X-ABDATE} with its
	 * {@code X-ABLabel}, which Apple Contacts and Google Contacts read (an anniversary
	 * without a label of its own under Apple's built-in anniversary label, a year-less
	 * one with Apple's placeholder year 1604); and the first anniversary also as vCard
	 * 4.0's {@code ANNIVERSARY} for other address books. Reading the file back gives the
	 * same dates (the importer recognises the pair as one date).
	 */
	private static void writeDates(VCard vcard, List<Map<String, Object>> dates) {
		int group = 0;
		boolean anniversaryWritten = false;
		for (Map<String, Object> row : dates) {
			String kind = (String) row.get("kind");
			Integer year = (row.get("date_year") == null) ? null : ((Number) row.get("date_year")).intValue();
			int month = ((Number) row.get("date_month")).intValue();
			int day = ((Number) row.get("date_day")).intValue();
			if ("BIRTHDAY".equals(kind)) {
				vcard.setBirthday((year != null) ? new Birthday(LocalDate.of(year, month, day))
						: new Birthday(PartialDate.builder().month(month).date(day).build()));
				continue;
			}
			String label = (String) row.get("label");
			boolean anniversary = "ANNIVERSARY".equals(kind);
			String item = "item" + ++group;
			RawProperty date = vcard.addExtendedProperty("X-ABDATE",
					String.format(Locale.ROOT, "%04d-%02d-%02d", (year != null) ? year : 1604, month, day));
			date.setGroup(item);
			if (year == null) {
				date.setParameter("X-APPLE-OMIT-YEAR", "1604");
			}
			if (anniversary && label != null) {
				date.setParameter("X-RAPPORT-KIND", "ANNIVERSARY");
			}
			RawProperty dateLabel = vcard.addExtendedProperty("X-ABLabel",
					(anniversary && label == null) ? "_$!<Anniversary>!$_" : (label != null) ? label : "_$!<Other>!$_");
			dateLabel.setGroup(item);
			if (anniversary && !anniversaryWritten) {
				vcard.setAnniversary((year != null) ? new Anniversary(LocalDate.of(year, month, day))
						: new Anniversary(PartialDate.builder().month(month).date(day).build()));
				anniversaryWritten = true;
			}
		}
	}

	/**
	 * vCard knows "cell", not "mobile": write the word other address books understand.
	 */
	private static String labelForPhone(String label) {
		return "mobile".equals(label) ? "cell" : label;
	}

	private static Optional<String> labelOf(List<Map<String, Object>> rows, String column, String value) {
		return rows.stream()
			.filter(row -> value.equalsIgnoreCase((String) row.get(column)) && row.get("label") != null)
			.map(row -> "phone".equals(column) ? labelForPhone((String) row.get("label")) : (String) row.get("label"))
			.findFirst();
	}

	private Map<Long, List<Map<String, Object>>> childrenOf(String table, List<Long> ids) {
		Map<Long, List<Map<String, Object>>> byContact = new HashMap<>();
		String order = switch (table) {
			case "contact_tag" -> "tag";
			case "important_date" -> "case when kind = 'BIRTHDAY' then 0 else 1 end, id";
			case "contact_photo" -> "contact_id";
			default -> "position, id";
		};
		String sql = "select * from " + table + " where contact_id in ("
				+ String.join(", ", Collections.nCopies(ids.size(), "?")) + ") order by contact_id, " + order;
		for (Map<String, Object> row : this.jdbc.queryForList(sql, ids.toArray())) {
			byContact.computeIfAbsent(((Number) row.get("contact_id")).longValue(), id -> new ArrayList<>()).add(row);
		}
		return byContact;
	}

}
