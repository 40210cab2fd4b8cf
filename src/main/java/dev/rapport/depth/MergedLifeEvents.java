package dev.rapport.depth;

import dev.rapport.contact.ContactsMerging;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merged-away contact's life events and proposed life events now belong to the kept
 * contact.
 */
@Component
class MergedLifeEvents {

	private final JdbcTemplate jdbc;

	MergedLifeEvents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional
	void on(ContactsMerging event) {
		this.jdbc.update(
				"update life_event set contact_id = ?, version = version + 1 where owner_id = ? and contact_id = ?",
				event.keptId(), event.ownerId(), event.otherId());
		this.jdbc.update("update life_event_proposal set contact_id = ? where owner_id = ? and contact_id = ?",
				event.keptId(), event.ownerId(), event.otherId());
	}

}
