package dev.rapport.reconnect;

import dev.rapport.contact.ContactsMerging;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This week's entries and "not now" of the merged-away contact pass to the kept contact,
 * except in a week that already lists the kept contact (a week names a person once):
 * there the kept contact's entry stays and the other goes with the other contact.
 */
@Component
class MergedSuggestions {

	private final JdbcTemplate jdbc;

	MergedSuggestions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional
	void on(ContactsMerging event) {
		this.jdbc.update("""
				update reconnect_suggestion set contact_id = ?, version = version + 1
				where contact_id = ?
				  and week_id in (select id from reconnect_week where owner_id = ?)
				  and week_id not in (select s.week_id from reconnect_suggestion s where s.contact_id = ?)
				""", event.keptId(), event.otherId(), event.ownerId(), event.keptId());
		this.jdbc.update("""
				update reconnect_not_now set contact_id = ?
				where owner_id = ? and contact_id = ?
				  and not exists (select 1 from reconnect_not_now k where k.owner_id = ? and k.contact_id = ?)
				""", event.keptId(), event.ownerId(), event.otherId(), event.ownerId(), event.keptId());
	}

}
