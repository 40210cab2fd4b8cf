package dev.rapport.interaction;

import java.util.List;

import dev.rapport.contact.ContactService;
import dev.rapport.contact.ContactsMerging;
import dev.rapport.interaction.internal.ParticipantRows;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the merged-away contact's place in interactions to the kept contact: an
 * interaction both took part in keeps the kept contact once. Every changed interaction's
 * version moves on, so an edit form opened before the merge cannot silently bring the
 * other contact back.
 */
@Component
class MergedParticipants {

	private final JdbcTemplate jdbc;

	private final ParticipantRows participants;

	private final ContactService contacts;

	MergedParticipants(JdbcTemplate jdbc, ParticipantRows participants, ContactService contacts) {
		this.jdbc = jdbc;
		this.participants = participants;
		this.contacts = contacts;
	}

	@EventListener
	@Transactional
	void on(ContactsMerging event) {
		List<Long> changed = this.jdbc.queryForList("""
				select p.interaction_id from interaction_participant p join interaction i on i.id = p.interaction_id
				where i.owner_id = ? and p.contact_id = ?
				""", Long.class, event.ownerId(), event.otherId());
		if (changed.isEmpty()) {
			return;
		}
		this.jdbc.update("""
				delete from interaction_participant
				where contact_id = ?
				  and interaction_id in (select p.interaction_id from interaction_participant p
				                         join interaction i on i.id = p.interaction_id
				                         where i.owner_id = ? and p.contact_id = ?)
				""", event.otherId(), event.ownerId(), event.keptId());
		this.jdbc.update("""
				update interaction_participant set contact_id = ?
				where contact_id = ? and interaction_id in (select id from interaction where owner_id = ?)
				""", event.keptId(), event.otherId(), event.ownerId());
		this.jdbc.update("""
				update interaction set version = version + 1
				where owner_id = ? and id in (select interaction_id from interaction_participant where contact_id = ?)
				""", event.ownerId(), event.keptId());
		this.contacts.recordLastInteraction(event.ownerId(), event.keptId(),
				this.participants.lastDateOf(event.ownerId(), event.keptId(), event.today()).orElse(null));
	}

}
