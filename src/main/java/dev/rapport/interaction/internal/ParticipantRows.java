package dev.rapport.interaction.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCount;
import dev.rapport.interaction.InteractionKind;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One contact's rows read from {@code interaction_participant} alone, where each row
 * carries a copy of its interaction's date, kind and direction (migration V11_11): the
 * contact's own index answers in date order, so a query reads the rows it returns (the
 * latest 51, one year, one row per kind) rather than all of a long history, and never
 * looks the interactions up one by one.
 *
 * <p>
 * H2 walks an index in order only when the {@code order by} names the index's columns
 * from the first, so the queries below order by {@code contact_id} too, and test the
 * owner in an {@code exists} on the contact (a join would lose the index order); the
 * latest row of each kind is a subquery per kind and direction on the contact's row (see
 * {@link #latestOfEachKindQuery()}). Pending entity changes of the current read-write
 * transaction are flushed first: these are plain JDBC reads, which Hibernate does not
 * flush for.
 */
@Repository
public class ParticipantRows {

	/**
	 * The participant row as the interaction's mapping inserts it: Hibernate binds the
	 * interaction's id, then the contact's; the copies come from the interaction's row.
	 */
	static final String INSERT = """
			insert into interaction_participant (interaction_id, contact_id, occurred_on, kind, direction)
			select i.id, p.contact_id, i.occurred_on, i.kind, i.direction
			from (select cast(? as bigint) as interaction_id, cast(? as bigint) as contact_id) p
			join interaction i on i.id = p.interaction_id""";

	/** The contact is the owner's (one primary-key lookup). */
	private static final String OWNED = "exists (select 1 from contact c where c.id = ? and c.owner_id = ?)";

	private static final int CHUNK = 500;

	/** Every kind with every direction, in declaration order. */
	private static final List<KindAndDirection> KINDS_AND_DIRECTIONS = kindsAndDirections();

	/**
	 * One step into the (contact, kind, direction, date) index per kind and direction.
	 */
	private static final String LATEST_OF_EACH_KIND = latestOfEachKindQuery();

	private final JdbcTemplate jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	ParticipantRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Rewrites the participant rows' copies of the interaction's date, kind and
	 * direction, after an edit.
	 */
	public void copyFrom(long interactionId) {
		flushPendingChanges();
		this.jdbc.update(
				"""
						update interaction_participant
						set occurred_on = (select i.occurred_on from interaction i where i.id = interaction_participant.interaction_id),
						    kind = (select i.kind from interaction i where i.id = interaction_participant.interaction_id),
						    direction = (select i.direction from interaction i where i.id = interaction_participant.interaction_id)
						where interaction_id = ?""",
				interactionId);
	}

	/**
	 * Ids of the contact's interactions, latest first (planned ones on top), from
	 * {@code offset}.
	 */
	public List<Long> timelineIds(long ownerId, long contactId, long offset, int limit) {
		flushPendingChanges();
		return this.jdbc.queryForList("""
				select p.interaction_id from interaction_participant p
				where p.contact_id = ? and %s
				order by p.contact_id, p.occurred_on desc, p.interaction_id desc
				offset ? rows fetch next ? rows only""".formatted(OWNED), Long.class, contactId, contactId, ownerId,
				offset, limit);
	}

	/**
	 * The contact's rows dated within ({@code after}, {@code upTo}], counted per day,
	 * kind and direction.
	 */
	public List<InteractionCount> countsByDay(long ownerId, long contactId, LocalDate after, LocalDate upTo) {
		flushPendingChanges();
		return this.jdbc.query("""
				select p.occurred_on, p.kind, p.direction, count(*) from interaction_participant p
				where p.contact_id = ? and p.occurred_on > ? and p.occurred_on <= ? and %s
				group by p.occurred_on, p.kind, p.direction""".formatted(OWNED),
				(rs, row) -> new InteractionCount(dateOf(rs, 1), kindOf(rs, 2), directionOf(rs, 3), rs.getLong(4)),
				contactId, after, upTo, contactId, ownerId);
	}

	/**
	 * The latest row on or before {@code today} of each kind and direction the contact
	 * has one of (none when the contact is not the owner's).
	 */
	public List<ContactInteraction> latestOfEachKind(long ownerId, long contactId, LocalDate today) {
		flushPendingChanges();
		List<Object> args = new ArrayList<>();
		for (int i = 0; i < KINDS_AND_DIRECTIONS.size(); i++) {
			args.add(today);
		}
		args.add(contactId);
		args.add(ownerId);
		return this.jdbc.query(LATEST_OF_EACH_KIND, (rs) -> {
			List<ContactInteraction> latest = new ArrayList<>();
			while (rs.next()) {
				for (int i = 0; i < KINDS_AND_DIRECTIONS.size(); i++) {
					Date day = rs.getDate(i + 1);
					if (day != null) {
						KindAndDirection column = KINDS_AND_DIRECTIONS.get(i);
						latest.add(new ContactInteraction(contactId, day.toLocalDate(), column.kind(),
								column.direction()));
					}
				}
			}
			return latest;
		}, args.toArray());
	}

	/** The latest date on or before {@code today} among the contact's rows. */
	public Optional<LocalDate> lastDateOf(long ownerId, long contactId, LocalDate today) {
		flushPendingChanges();
		return this.jdbc
			.query("""
					select p.occurred_on from interaction_participant p
					where p.contact_id = ? and p.occurred_on <= ? and %s
					order by p.contact_id, p.occurred_on desc, p.interaction_id desc
					fetch first 1 rows only""".formatted(OWNED), (rs, row) -> dateOf(rs, 1), contactId, today,
					contactId, ownerId)
			.stream()
			.findFirst();
	}

	/** How many distinct days on or before {@code upTo} the contact has a row on. */
	public long daysUpTo(long ownerId, long contactId, LocalDate upTo) {
		flushPendingChanges();
		Long days = this.jdbc.queryForObject("""
				select count(distinct p.occurred_on) from interaction_participant p
				where p.contact_id = ? and p.occurred_on <= ? and %s""".formatted(OWNED), Long.class, contactId, upTo,
				contactId, ownerId);
		return (days != null) ? days : 0;
	}

	/**
	 * Those of these contacts of the owner with exactly one row: at most two rows read
	 * per contact.
	 */
	public Set<Long> withOneRow(long ownerId, Collection<Long> contactIds) {
		flushPendingChanges();
		Set<Long> single = new LinkedHashSet<>();
		for (long contactId : contactIds) {
			Long rows = this.jdbc.queryForObject("""
					select count(*) from (select 1 as one from interaction_participant p
					                      where p.contact_id = ? and %s
					                      fetch first 2 rows only) firstTwo""".formatted(OWNED), Long.class, contactId,
					contactId, ownerId);
			if (rows != null && rows == 1) {
				single.add(contactId);
			}
		}
		return single;
	}

	/** Every row of these contacts of the owner (past and planned). */
	public List<ContactInteraction> rowsOf(long ownerId, Collection<Long> contactIds) {
		flushPendingChanges();
		List<Long> ids = new ArrayList<>(new LinkedHashSet<>(contactIds));
		List<ContactInteraction> rows = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			List<Object> args = new ArrayList<>(chunk);
			args.add(ownerId);
			rows.addAll(this.jdbc.query(
					"""
							select p.contact_id, p.occurred_on, p.kind, p.direction
							from contact c join interaction_participant p on p.contact_id = c.id
							where c.id in (%s) and c.owner_id = ?"""
						.formatted(String.join(",", Collections.nCopies(chunk.size(), "?"))),
					ParticipantRows::contactInteraction, args.toArray()));
		}
		return rows;
	}

	/**
	 * Every row of the owner (past and planned), for a full recompute: the owner's
	 * contacts, then each one's rows through the contact's index, without looking up
	 * 200,000 interactions by id.
	 */
	public List<ContactInteraction> allRowsOf(long ownerId) {
		flushPendingChanges();
		return this.jdbc.query("""
				select p.contact_id, p.occurred_on, p.kind, p.direction
				from contact c join interaction_participant p on p.contact_id = c.id
				where c.owner_id = ?""", ParticipantRows::contactInteraction, ownerId);
	}

	/**
	 * The rows of these contacts of the owner dated after {@code day}: through the
	 * contacts' date index, however long their histories.
	 */
	public List<ContactInteraction> rowsAfter(long ownerId, Collection<Long> contactIds, LocalDate day) {
		flushPendingChanges();
		List<ContactInteraction> rows = new ArrayList<>();
		for (long contactId : new LinkedHashSet<>(contactIds)) {
			rows.addAll(this.jdbc.query("""
					select p.contact_id, p.occurred_on, p.kind, p.direction from interaction_participant p
					where p.contact_id = ? and p.occurred_on > ? and %s""".formatted(OWNED),
					ParticipantRows::contactInteraction, contactId, day, contactId, ownerId));
		}
		return rows;
	}

	private void flushPendingChanges() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			this.entityManager.flush();
		}
	}

	/**
	 * One column per kind and direction, each a scalar subquery that takes one step into
	 * the (contact, kind, direction, date) index, on the owner's contact row. Not a
	 * {@code union all} of {@code fetch first 1} branches: H2 plans a branch inside a
	 * derived table with the contact's one-column index (it "matches" the first
	 * {@code order by} column) and reads every row of the contact per branch, and it does
	 * not cache the plan of a top-level union, which takes longer to plan than to run;
	 * PostgreSQL, too, plans thirty union branches for longer than it runs them. A scalar
	 * subquery is planned with the four-column index by both, and the statement is
	 * planned once per connection.
	 */
	private static String latestOfEachKindQuery() {
		List<String> columns = new ArrayList<>();
		for (KindAndDirection column : KINDS_AND_DIRECTIONS) {
			columns.add("""
					(select p.occurred_on from interaction_participant p
					 where p.contact_id = c.id and p.kind = '%s' and p.direction = '%s' and p.occurred_on <= ?
					 order by p.contact_id, p.kind, p.direction, p.occurred_on desc
					 fetch first 1 rows only)""".formatted(column.kind().name(), column.direction().name()));
		}
		return "select " + String.join(", ", columns) + " from contact c where c.id = ? and c.owner_id = ?";
	}

	private static List<KindAndDirection> kindsAndDirections() {
		List<KindAndDirection> all = new ArrayList<>();
		for (InteractionKind kind : InteractionKind.values()) {
			for (Direction direction : Direction.values()) {
				all.add(new KindAndDirection(kind, direction));
			}
		}
		return List.copyOf(all);
	}

	private record KindAndDirection(InteractionKind kind, Direction direction) {
	}

	private static ContactInteraction contactInteraction(ResultSet rs, int row) throws SQLException {
		return new ContactInteraction(rs.getLong(1), dateOf(rs, 2), kindOf(rs, 3), directionOf(rs, 4));
	}

	private static LocalDate dateOf(ResultSet rs, int column) throws SQLException {
		return rs.getDate(column).toLocalDate();
	}

	private static InteractionKind kindOf(ResultSet rs, int column) throws SQLException {
		return InteractionKind.valueOf(rs.getString(column));
	}

	private static Direction directionOf(ResultSet rs, int column) throws SQLException {
		return Direction.valueOf(rs.getString(column));
	}

}
