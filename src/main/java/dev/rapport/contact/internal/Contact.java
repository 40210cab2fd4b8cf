package dev.rapport.contact.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import dev.rapport.contact.NameSortKey;

@Entity
@Table(name = "contact")
public class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	@Column(name = "first_name", nullable = false)
	private String firstName;

	@Column(name = "last_name")
	private String lastName;

	/** The names as the list sorts them, kept with the names by {@link #edit}. */
	@Column(name = "sort_first", nullable = false)
	private String sortFirst;

	@Column(name = "sort_last", nullable = false)
	private String sortLast;

	private String email;

	private String phone;

	private String company;

	private String position;

	private String location;

	@Column(name = "linkedin_url")
	private String linkedinUrl;

	@Column(name = "how_we_met")
	private String howWeMet;

	private String notes;

	@Column(name = "known_since")
	private LocalDate knownSince;

	@Column(name = "connected_on")
	private LocalDate connectedOn;

	@Column(name = "no_suggest", nullable = false)
	private boolean noSuggest;

	@Column(nullable = false)
	private boolean archived;

	@Column(name = "rhythm_days")
	private Integer rhythmDays;

	@Column(name = "looking_for")
	private String lookingFor;

	@Column(name = "can_help_with")
	private String canHelpWith;

	/**
	 * Derived from the interactions, not edited by the user: read here, written only by
	 * {@link ContactRepository#recordLastInteraction}, so logging never bumps the
	 * contact's {@code version} (an edit form open meanwhile still saves) and a save
	 * never writes back a stale date.
	 */
	@Column(name = "last_interaction_on", insertable = false, updatable = false)
	private LocalDate lastInteractionOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ContactSource source;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "contact_tag", joinColumns = @JoinColumn(name = "contact_id"))
	@Column(name = "tag")
	@OrderBy
	// A list page shows a page of contacts with their tags: one query for the page's
	// tags, not one per contact.
	@BatchSize(size = 100)
	private Set<String> tags = new LinkedHashSet<>();

	@Version
	private long version;

	protected Contact() {
	}

	public Contact(long ownerId, ContactSource source, Instant createdAt) {
		this.ownerId = ownerId;
		this.source = source;
		this.createdAt = createdAt;
	}

	/** Replaces every field a person can edit by hand. */
	public void edit(Details details) {
		this.firstName = details.firstName();
		this.lastName = details.lastName();
		this.sortFirst = NameSortKey.of(this.firstName);
		this.sortLast = NameSortKey.of(this.lastName);
		this.email = details.email();
		this.phone = details.phone();
		this.company = details.company();
		this.position = details.position();
		this.location = details.location();
		this.linkedinUrl = details.linkedinUrl();
		this.howWeMet = details.howWeMet();
		this.notes = details.notes();
		this.knownSince = details.knownSince();
		this.noSuggest = details.noSuggest();
		this.rhythmDays = details.rhythmDays();
		this.lookingFor = details.lookingFor();
		this.canHelpWith = details.canHelpWith();
		this.tags.clear();
		this.tags.addAll(details.tags());
	}

	public void archive() {
		this.archived = true;
	}

	public void unarchive() {
		this.archived = false;
	}

	/**
	 * The user chose how often they want to be in touch (null: learn it from the
	 * history).
	 */
	public void intendRhythm(Integer days) {
		this.rhythmDays = days;
	}

	public void stopSuggesting() {
		this.noSuggest = true;
	}

	public void resumeSuggesting() {
		this.noSuggest = false;
	}

	/**
	 * The user answered "How long have you known them?" (only asked while there is no
	 * "known since").
	 */
	public void knownSince(LocalDate date) {
		this.knownSince = date;
	}

	public void connectedOn(LocalDate date) {
		this.connectedOn = date;
	}

	public String displayName() {
		return this.lastName == null || this.lastName.isBlank() ? this.firstName : this.firstName + " " + this.lastName;
	}

	public Long getId() {
		return this.id;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getCompany() {
		return this.company;
	}

	public String getPosition() {
		return this.position;
	}

	public String getLocation() {
		return this.location;
	}

	public String getLinkedinUrl() {
		return this.linkedinUrl;
	}

	public String getHowWeMet() {
		return this.howWeMet;
	}

	public String getNotes() {
		return this.notes;
	}

	public LocalDate getKnownSince() {
		return this.knownSince;
	}

	public LocalDate getConnectedOn() {
		return this.connectedOn;
	}

	public boolean isNoSuggest() {
		return this.noSuggest;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public Integer getRhythmDays() {
		return this.rhythmDays;
	}

	public String getLookingFor() {
		return this.lookingFor;
	}

	public String getCanHelpWith() {
		return this.canHelpWith;
	}

	public LocalDate getLastInteractionOn() {
		return this.lastInteractionOn;
	}

	public ContactSource getSource() {
		return this.source;
	}

	public List<String> getTags() {
		return new ArrayList<>(this.tags);
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * The hand-editable fields, already cleaned (trimmed, blanks as null, links as
	 * https).
	 */
	public record Details(String firstName, String lastName, String email, String phone, String company,
			String position, String location, String linkedinUrl, String howWeMet, String notes, LocalDate knownSince,
			boolean noSuggest, Set<String> tags, Integer rhythmDays, String lookingFor, String canHelpWith) {

		/** Details without the depth fields (no intended rhythm, no give-first notes). */
		public Details(String firstName, String lastName, String email, String phone, String company, String position,
				String location, String linkedinUrl, String howWeMet, String notes, LocalDate knownSince,
				boolean noSuggest, Set<String> tags) {
			this(firstName, lastName, email, phone, company, position, location, linkedinUrl, howWeMet, notes,
					knownSince, noSuggest, tags, null, null, null);
		}

	}

}
