package dev.rapport.demo;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactForm;
import dev.rapport.contact.ContactService;
import dev.rapport.demo.SampleDataset.Meeting;
import dev.rapport.demo.SampleDataset.Person;
import dev.rapport.demo.SampleDataset.Task;
import dev.rapport.followup.FollowUpForm;
import dev.rapport.followup.FollowUpService;
import dev.rapport.interaction.InteractionForm;
import dev.rapport.interaction.InteractionService;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.scoring.ScoringService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the sample network into a user's account and takes it out again. Sample contacts are
 * listed in {@code sample_contact}, so removing them leaves the user's own people (and whatever
 * they logged with them) alone.
 */
@Service
@Transactional(readOnly = true)
public class SampleDataService {

	/** The same sample for everyone, so screenshots and bug reports agree. */
	public static final long SEED = 20261118L;

	private static final int BATCH = 1000;

	private static final int FLUSH_EVERY = 50;

	private final ContactService contacts;

	private final InteractionService interactions;

	private final FollowUpService followUps;

	private final ReconnectService reconnect;

	private final ScoringService scoring;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final EntityManager entityManager;

	private final AccountService accounts;

	SampleDataService(ContactService contacts, InteractionService interactions, FollowUpService followUps,
			ReconnectService reconnect, ScoringService scoring, JdbcTemplate jdbc, Clock clock,
			EntityManager entityManager, AccountService accounts) {
		this.accounts = accounts;
		this.scoring = scoring;
		this.entityManager = entityManager;
		this.contacts = contacts;
		this.interactions = interactions;
		this.followUps = followUps;
		this.reconnect = reconnect;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean hasSampleData(long ownerId) {
		Integer count = this.jdbc.queryForObject("select count(*) from sample_contact where owner_id = ?",
				Integer.class, ownerId);
		return count != null && count > 0;
	}

	/**
	 * Loads the sample through the same services the pages use, so every event, derived column and
	 * score is exactly what logging by hand would give.
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
			ids.add(this.contacts.create(ownerId, new ContactForm(person.firstName(), person.lastName(), null, null,
					person.company(), person.position(), null, null, null, null, null, null, false, person.tags(),
					null)));
		}
		int logged = 0;
		for (Meeting meeting : dataset.interactions()) {
			this.interactions.log(ownerId, new InteractionForm(meeting.date(), meeting.kind(), meeting.direction(),
					meeting.people().stream().map(ids::get).toList(), meeting.summary(), null, null), today);
			if (++logged % FLUSH_EVERY == 0) {
				// Hibernate checks every managed entity before each query; a small context keeps that cheap.
				this.entityManager.flush();
				this.entityManager.clear();
			}
		}
		for (Task task : dataset.followUps()) {
			this.followUps.create(ownerId,
					new FollowUpForm(ids.get(task.person()), null, task.title(), task.dueOn(), task.side(), null));
		}
		// Written after the services' changes are flushed, so Hibernate cannot overwrite them.
		this.entityManager.flush();
		for (int i = 0; i < ids.size(); i++) {
			markSample(ownerId, ids.get(i), dataset.people().get(i));
		}
		this.reconnect.forgetThisWeek(ownerId, today);
		return ids.size();
	}

	/** Removes every sample contact with its interactions and follow-ups; the user's own data stays. */
	@Transactional
	public int remove(long ownerId, LocalDate today) {
		List<Long> ids = this.jdbc.queryForList("select contact_id from sample_contact where owner_id = ?", Long.class,
				ownerId);
		ids.forEach(id -> this.contacts.delete(ownerId, id));
		this.reconnect.forgetThisWeek(ownerId, today);
		return ids.size();
	}

	/**
	 * A large network for benchmarks, written with JDBC batches: through the services, 200,000
	 * interactions would each refresh the contacts' last-interaction dates and publish an event,
	 * which takes minutes; batches take seconds. Derived data is brought up to date afterwards in
	 * one statement, and the contacts are marked as sample data like the small sample.
	 */
	@Transactional
	public void loadLarge(long ownerId, int people, int interactionCount, LocalDate today) {
		SampleDataset dataset = new SampleDataGenerator(SEED).generate(people, interactionCount, today);
		Timestamp now = Timestamp.from(this.clock.instant());
		long contactsBefore = maxId("contact");
		List<Person> persons = dataset.people();
		batches(persons.size(), (from, to) -> this.jdbc.batchUpdate("""
				insert into contact (owner_id, first_name, last_name, company, position, connected_on, source, created_at)
				values (?, ?, ?, ?, ?, ?, 'MANUAL', ?)""", persons.subList(from, to), BATCH, (ps, person) -> {
			ps.setLong(1, ownerId);
			ps.setString(2, person.firstName());
			ps.setString(3, person.lastName());
			ps.setString(4, person.company());
			ps.setString(5, person.position());
			ps.setDate(6, person.connectedOn() == null ? null : Date.valueOf(person.connectedOn()));
			ps.setTimestamp(7, now);
		}));
		List<Long> ids = this.jdbc.queryForList("select id from contact where owner_id = ? and id > ? order by id",
				Long.class, ownerId, contactsBefore);
		this.jdbc.batchUpdate("insert into sample_contact (contact_id, owner_id) values (?, ?)", ids, BATCH,
				(ps, id) -> {
					ps.setLong(1, id);
					ps.setLong(2, ownerId);
				});
		long interactionsBefore = maxId("interaction");
		List<Meeting> meetings = dataset.interactions();
		batches(meetings.size(), (from, to) -> this.jdbc.batchUpdate("""
				insert into interaction (owner_id, occurred_on, kind, direction, summary, created_at)
				values (?, ?, ?, ?, ?, ?)""", meetings.subList(from, to), BATCH, (ps, meeting) -> {
			ps.setLong(1, ownerId);
			ps.setDate(2, Date.valueOf(meeting.date()));
			ps.setString(3, meeting.kind().name());
			ps.setString(4, meeting.direction().name());
			ps.setString(5, meeting.summary());
			ps.setTimestamp(6, now);
		}));
		List<Long> interactionIds = this.jdbc.queryForList(
				"select id from interaction where owner_id = ? and id > ? order by id", Long.class, ownerId,
				interactionsBefore);
		List<long[]> participants = new ArrayList<>();
		for (int i = 0; i < meetings.size(); i++) {
			for (int person : meetings.get(i).people()) {
				participants.add(new long[] { interactionIds.get(i), ids.get(person) });
			}
		}
		this.jdbc.batchUpdate("insert into interaction_participant (interaction_id, contact_id) values (?, ?)",
				participants, BATCH, (PreparedStatement ps, long[] pair) -> {
					ps.setLong(1, pair[0]);
					ps.setLong(2, pair[1]);
				});
		this.jdbc.update("""
				update contact c set last_interaction_on = (
				    select max(i.occurred_on) from interaction i
				    join interaction_participant p on p.interaction_id = i.id
				    where p.contact_id = c.id and i.occurred_on <= ?)
				where c.owner_id = ?""", Date.valueOf(today), ownerId);
		// Rows written past InteractionService raise no events: scores are rebuilt in one go.
		this.scoring.recomputeAll(ownerId);
		this.reconnect.forgetThisWeek(ownerId, today);
	}

	private void markSample(long ownerId, long contactId, Person person) {
		this.jdbc.update("insert into sample_contact (contact_id, owner_id) values (?, ?)", contactId, ownerId);
		if (person.connectedOn() != null) {
			// The contact module sets this only on import; the sample imitates imported connections.
			this.jdbc.update("update contact set connected_on = ? where id = ? and owner_id = ?",
					Date.valueOf(person.connectedOn()), contactId, ownerId);
		}
	}

	private long maxId(String table) {
		Long max = this.jdbc.queryForObject("select max(id) from " + table, Long.class);
		return max == null ? 0 : max;
	}

	private static void batches(int size, java.util.function.BiConsumer<Integer, Integer> batch) {
		for (int from = 0; from < size; from += BATCH * 10) {
			batch.accept(from, Math.min(size, from + BATCH * 10));
		}
	}

}
