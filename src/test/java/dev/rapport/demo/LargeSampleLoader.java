package dev.rapport.demo;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import dev.rapport.contact.NameSortKey;
import dev.rapport.demo.SampleDataset.Meeting;
import dev.rapport.demo.SampleDataset.Person;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.scoring.ScoringService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benchmarks' large network, written straight into the tables. It lives in test
 * sources because it writes other modules' tables, which application code must not do
 * ({@code ArchitectureTests}). Import it into a benchmark with
 * {@code @Import(LargeSampleLoader.class)}.
 */
public class LargeSampleLoader {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final ScoringService scoring;

	private final ReconnectService reconnect;

	private final Clock clock;

	LargeSampleLoader(JdbcTemplate jdbc, ScoringService scoring, ReconnectService reconnect, Clock clock) {
		this.jdbc = jdbc;
		this.scoring = scoring;
		this.reconnect = reconnect;
		this.clock = clock;
	}

	/**
	 * A large network for benchmarks, written with JDBC batches: through the services,
	 * 200,000 interactions would each refresh the contacts' last-interaction dates and
	 * publish an event, which takes minutes; batches take seconds. Derived data is
	 * brought up to date afterwards in one statement, and the contacts are marked as
	 * sample data like the small sample.
	 */
	@Transactional
	public void load(long ownerId, int people, int interactionCount, LocalDate today) {
		SampleDataset dataset = new SampleDataGenerator(SampleDataService.SEED).generate(people, interactionCount,
				today);
		Timestamp now = Timestamp.from(this.clock.instant());
		long contactsBefore = maxId("contact");
		List<Person> persons = dataset.people();
		batches(persons.size(), (from, to) -> this.jdbc.batchUpdate("""
				insert into contact (owner_id, first_name, last_name, sort_first, sort_last, company, position,
				                     connected_on, source, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'MANUAL', ?)""", persons.subList(from, to), BATCH, (ps, person) -> {
			ps.setLong(1, ownerId);
			ps.setString(2, person.firstName());
			ps.setString(3, person.lastName());
			ps.setString(4, NameSortKey.of(person.firstName()));
			ps.setString(5, NameSortKey.of(person.lastName()));
			ps.setString(6, person.company());
			ps.setString(7, person.position());
			ps.setDate(8, person.connectedOn() == null ? null : Date.valueOf(person.connectedOn()));
			ps.setTimestamp(9, now);
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
		List<int[]> participants = new ArrayList<>();
		for (int i = 0; i < meetings.size(); i++) {
			for (int person : meetings.get(i).people()) {
				participants.add(new int[] { i, person });
			}
		}
		// Each participant row carries a copy of its interaction's date, kind and
		// direction.
		this.jdbc.batchUpdate("""
				insert into interaction_participant (interaction_id, contact_id, occurred_on, kind, direction)
				values (?, ?, ?, ?, ?)""", participants, BATCH, (PreparedStatement ps, int[] pair) -> {
			Meeting meeting = meetings.get(pair[0]);
			ps.setLong(1, interactionIds.get(pair[0]));
			ps.setLong(2, ids.get(pair[1]));
			ps.setDate(3, Date.valueOf(meeting.date()));
			ps.setString(4, meeting.kind().name());
			ps.setString(5, meeting.direction().name());
		});
		this.jdbc.update("""
				update contact c set last_interaction_on = (
				    select max(i.occurred_on) from interaction i
				    join interaction_participant p on p.interaction_id = i.id
				    where p.contact_id = c.id and i.occurred_on <= ?)
				where c.owner_id = ?""", Date.valueOf(today), ownerId);
		// Rows written past InteractionService raise no events: scores are rebuilt in one
		// go.
		this.scoring.recomputeAll(ownerId);
		this.reconnect.forgetThisWeek(ownerId, today);
	}

	private long maxId(String table) {
		Long max = this.jdbc.queryForObject("select max(id) from " + table, Long.class);
		return max == null ? 0 : max;
	}

	private static void batches(int size, BiConsumer<Integer, Integer> batch) {
		for (int from = 0; from < size; from += BATCH * 10) {
			batch.accept(from, Math.min(size, from + BATCH * 10));
		}
	}

}
