package dev.rapport.followup;

import dev.rapport.contact.ContactsMerging;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merged-away contact's follow-ups (open and done) now belong to the kept contact.
 */
@Component
class MergedFollowUps {

	private final JdbcTemplate jdbc;

	MergedFollowUps(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional
	void on(ContactsMerging event) {
		this.jdbc.update(
				"update follow_up set contact_id = ?, version = version + 1 where owner_id = ? and contact_id = ?",
				event.keptId(), event.ownerId(), event.otherId());
	}

}
