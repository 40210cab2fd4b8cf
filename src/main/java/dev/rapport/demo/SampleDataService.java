package dev.rapport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.demo.SampleDataset.Meeting;
import dev.rapport.demo.SampleDataset.Person;
import dev.rapport.demo.SampleDataset.Task;
import dev.rapport.demo.internal.SampleContacts;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.FollowUpService;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionService;
import dev.rapport.reconnect.ReconnectService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the sample network into a user's account and takes it out again. Sample contacts
 * are listed in {@code sample_contact}, so removing them leaves the user's own people
 * (and whatever they logged with them) alone.
 */
@Service
@Transactional(readOnly = true)
public class SampleDataService {

	/** The same sample for everyone, so screenshots and bug reports agree. */
	public static final long SEED = 20261118L;

	private static final int FLUSH_EVERY = 50;

	private final ContactService contacts;

	private final InteractionService interactions;

	private final FollowUpService followUps;

	private final ReconnectService reconnect;

	private final SampleContacts samples;

	private final EntityManager entityManager;

	private final AccountService accounts;

	SampleDataService(ContactService contacts, InteractionService interactions, FollowUpService followUps,
			ReconnectService reconnect, SampleContacts samples, EntityManager entityManager, AccountService accounts) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.interactions = interactions;
		this.followUps = followUps;
		this.reconnect = reconnect;
		this.samples = samples;
		this.entityManager = entityManager;
	}

	public boolean hasSampleData(long ownerId) {
		return this.samples.any(ownerId);
	}

	/**
	 * Loads the sample through the same services the pages use, so every event, derived
	 * column and score is exactly what logging by hand would give.
	 * @return how many people were added; 0 when the sample is already there
	 */
	@Transactional
	public int load(long ownerId, LocalDate today) {
		this.accounts.oneAtATimeFor(ownerId);
		if (hasSampleData(ownerId)) {
			return 0;
		}
		SampleDataset dataset = new SampleDataGenerator(SEED).generate(SampleDataGenerator.SAMPLE_PEOPLE, 0, today);
		List<Long> ids = new ArrayList<>();
		for (Person person : dataset.people()) {
			ids.add(this.contacts.create(ownerId,
					new ContactCommand(person.firstName(), person.lastName(), null, null, person.company(),
							person.position(), null, null, null, null, null, null, false,
							Set.of(person.tags().split(",\\s*")), null)));
		}
		int logged = 0;
		for (Meeting meeting : dataset.interactions()) {
			this.interactions.log(ownerId, new InteractionCommand(meeting.date(), meeting.kind(), meeting.direction(),
					meeting.people().stream().map(ids::get).toList(), meeting.summary(), null, null), today);
			if (++logged % FLUSH_EVERY == 0) {
				// Hibernate checks every managed entity before each query; a small
				// context keeps that cheap.
				this.entityManager.flush();
				this.entityManager.clear();
			}
		}
		for (Task task : dataset.followUps()) {
			this.followUps.create(ownerId,
					new FollowUpCommand(ids.get(task.person()), null, task.title(), task.dueOn(), task.side(), null));
		}
		for (int i = 0; i < ids.size(); i++) {
			this.samples.mark(ownerId, ids.get(i));
			LocalDate connectedOn = dataset.people().get(i).connectedOn();
			if (connectedOn != null) {
				this.contacts.recordConnectedOn(ownerId, ids.get(i), connectedOn);
			}
		}
		this.reconnect.forgetThisWeek(ownerId, today);
		return ids.size();
	}

	/**
	 * Removes every sample contact with its interactions and follow-ups; the user's own
	 * data stays.
	 */
	@Transactional
	public int remove(long ownerId, LocalDate today) {
		List<Long> ids = this.samples.idsOf(ownerId);
		ids.forEach(id -> this.contacts.delete(ownerId, id));
		this.reconnect.forgetThisWeek(ownerId, today);
		return ids.size();
	}

}
