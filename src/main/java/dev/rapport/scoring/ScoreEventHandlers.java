package dev.rapport.scoring;

import java.util.Set;

import dev.rapport.contact.ContactDeleted;
import dev.rapport.contact.ContactKnownSinceChanged;
import dev.rapport.contact.ContactsMerged;
import dev.rapport.interaction.InteractionChanged;
import dev.rapport.interaction.InteractionLogged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored score states in step with the interactions and contacts they come
 * from. Each handler runs inside the transaction that published the event, so the next
 * page view after a change already reads the new score, and a rolled-back change leaves
 * the scores as they were.
 */
@Component
class ScoreEventHandlers {

	private final ScoreStates states;

	ScoreEventHandlers(ScoreStates states) {
		this.states = states;
	}

	@EventListener
	@Transactional
	void on(InteractionLogged event) {
		this.states.logged(event.ownerId(), event.participantIds(),
				new ScoredInteraction(event.date(), event.kind(), event.direction()));
	}

	@EventListener
	@Transactional
	void on(InteractionChanged event) {
		this.states.refresh(event.ownerId(), event.affectedContactIds());
	}

	@EventListener
	@Transactional
	void on(ContactKnownSinceChanged event) {
		this.states.refresh(event.ownerId(), Set.of(event.contactId()));
	}

	/**
	 * The kept contact now has both contacts' interactions (and perhaps the other's
	 * "known since"): its state is rebuilt; the other's went with it (the database
	 * cascades it).
	 */
	@EventListener
	@Transactional
	void on(ContactsMerged event) {
		this.states.refresh(event.ownerId(), Set.of(event.keptId()));
		this.states.changed(event.ownerId());
	}

	/**
	 * The database cascades the contact's state; only the caches (of every instance) need
	 * to forget it.
	 */
	@EventListener
	@Transactional
	void on(ContactDeleted event) {
		this.states.changed(event.ownerId());
	}

}
