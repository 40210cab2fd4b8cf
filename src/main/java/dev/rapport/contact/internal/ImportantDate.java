package dev.rapport.contact.internal;

import dev.rapport.contact.DateKind;
import dev.rapport.contact.YearlyDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "important_date")
public class ImportantDate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	@Column(name = "contact_id", nullable = false, updatable = false)
	private long contactId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DateKind kind;

	private String label;

	@Column(name = "date_year")
	private Integer year;

	@Column(name = "date_month", nullable = false)
	private int month;

	@Column(name = "date_day", nullable = false)
	private int day;

	@Column(name = "remind_days_before", nullable = false)
	private int remindDaysBefore;

	@Version
	private long version;

	protected ImportantDate() {
	}

	public ImportantDate(long ownerId, long contactId) {
		this.ownerId = ownerId;
		this.contactId = contactId;
	}

	/** Replaces what the user can edit: its kind, label, day and reminder. */
	public void change(DateKind kind, String label, YearlyDate date, int remindDaysBefore) {
		this.kind = kind;
		this.label = label;
		this.year = date.year();
		this.month = date.month();
		this.day = date.day();
		this.remindDaysBefore = remindDaysBefore;
	}

	/** Moves to another day, keeping the label and the reminder the user chose. */
	public void moveTo(YearlyDate date) {
		change(this.kind, this.label, date, this.remindDaysBefore);
	}

	public Long getId() {
		return this.id;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public long getContactId() {
		return this.contactId;
	}

	public DateKind getKind() {
		return this.kind;
	}

	public String getLabel() {
		return this.label;
	}

	public YearlyDate getDate() {
		return new YearlyDate(this.year, this.month, this.day);
	}

	public int getRemindDaysBefore() {
		return this.remindDaysBefore;
	}

	public long getVersion() {
		return this.version;
	}

}
