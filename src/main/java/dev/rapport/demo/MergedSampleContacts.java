package dev.rapport.demo;

import dev.rapport.contact.ContactsMerging;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merged contact stays sample data only if both were: removing the sample network must
 * never delete a person the user's own contact was merged into.
 */
@Component
class MergedSampleContacts {

	private final JdbcTemplate jdbc;

	MergedSampleContacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional
	void on(ContactsMerging event) {
		Integer otherIsSample = this.jdbc.queryForObject(
				"select count(*) from sample_contact where owner_id = ? and contact_id = ?", Integer.class,
				event.ownerId(), event.otherId());
		if (otherIsSample == null || otherIsSample == 0) {
			this.jdbc.update("delete from sample_contact where owner_id = ? and contact_id = ?", event.ownerId(),
					event.keptId());
		}
	}

}
