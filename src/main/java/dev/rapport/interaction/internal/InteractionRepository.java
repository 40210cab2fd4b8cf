package dev.rapport.interaction.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.rapport.interaction.ContactDirectionCount;
import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.ContactLatest;
import dev.rapport.interaction.InteractionCount;
import dev.rapport.interaction.InteractionDay;
import dev.rapport.interaction.InteractionKind;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InteractionRepository extends JpaRepository<Interaction, Long> {

	Optional<Interaction> findByIdAndOwnerId(long id, long ownerId);

	boolean existsByIdAndOwnerId(long id, long ownerId);

	@Query("select i from Interaction i where i.ownerId = :owner order by i.date desc, i.id desc")
	Page<Interaction> findRecent(@Param("owner") long ownerId, Pageable pageable);

	/**
	 * The newest interactions dated on or after {@code since}, without counting all of
	 * them.
	 */
	@Query("select i from Interaction i where i.ownerId = :owner and i.date >= :since order by i.date desc, i.id desc")
	List<Interaction> findLatestSince(@Param("owner") long ownerId, @Param("since") LocalDate since, Pageable pageable);

	@Query("select i from Interaction i where i.ownerId = :owner order by i.date desc, i.id desc")
	List<Interaction> findLatest(@Param("owner") long ownerId, Pageable pageable);

	@Query("select i from Interaction i where i.ownerId = :owner and i.date <= :today order by i.date desc, i.id desc")
	Page<Interaction> findPast(@Param("owner") long ownerId, @Param("today") LocalDate today, Pageable pageable);

	/**
	 * One contact's interactions, latest first. Every query on one contact's rows tests
	 * the owner through {@code coalesce}, which no index serves: otherwise H2 may walk
	 * the owner's {@code (owner_id, occurred_on)} index, in date order or over a date
	 * range, probing each of the owner's 200,000 interactions for the contact, instead of
	 * reading the contact's own rows through the participant index (a typical contact's
	 * page took 0.8 s so; docs/benchmarks.md).
	 */
	@Query("""
			select i from Interaction i join i.participantIds p
			where coalesce(i.ownerId, 0) = :owner and p = :contact
			order by i.date desc, i.id desc""")
	Slice<Interaction> findTimeline(@Param("owner") long ownerId, @Param("contact") long contactId, Pageable pageable);

	/**
	 * {@code kinds} lists every kind for "any kind" (an empty list or a null enum is not
	 * portable).
	 */
	@Query("""
			select i from Interaction i
			where i.ownerId = :owner
			  and (:contact is null or :contact member of i.participantIds)
			  and i.kind in :kinds
			  and (cast(:from as date) is null or i.date >= :from)
			  and (cast(:to as date) is null or i.date <= :to)
			order by i.date desc, i.id desc""")
	Page<Interaction> search(@Param("owner") long ownerId, @Param("contact") Long contactId,
			@Param("kinds") Collection<InteractionKind> kinds, @Param("from") LocalDate from, @Param("to") LocalDate to,
			Pageable pageable);

	/**
	 * Like {@link #search}, soonest first: planned interactions in the order they come.
	 */
	@Query("""
			select i from Interaction i
			where i.ownerId = :owner
			  and (:contact is null or :contact member of i.participantIds)
			  and i.kind in :kinds
			  and i.date >= :from
			  and (cast(:to as date) is null or i.date <= :to)
			order by i.date, i.id""")
	List<Interaction> searchSoonestFirst(@Param("owner") long ownerId, @Param("contact") Long contactId,
			@Param("kinds") Collection<InteractionKind> kinds, @Param("from") LocalDate from, @Param("to") LocalDate to,
			Pageable pageable);

	/**
	 * The latest date on or before {@code today} among the contact's interactions,
	 * counted in the database. The date is tested inside the aggregate, not in the
	 * {@code where} clause, and the owner through {@code coalesce} (see
	 * {@link #findTimeline}): a date range or the owner's id there makes H2 walk the
	 * owner's date index (every interaction of the owner in range) instead of the
	 * contact's participant rows, which took half a second at 200,000 interactions
	 * (docs/benchmarks.md).
	 */
	@Query("""
			select max(case when i.date <= :today then i.date end)
			from Interaction i join i.participantIds p
			where coalesce(i.ownerId, 0) = :owner and p = :contact""")
	Optional<LocalDate> findLastDateOf(@Param("owner") long ownerId, @Param("contact") long contactId,
			@Param("today") LocalDate today);

	/**
	 * The contact's interactions dated within ({@code after}, {@code upTo}], counted per
	 * day, kind and direction. The dates are tested on the groups ({@code having}) for
	 * the reason given at {@link #findLastDateOf}: the rows are found through the
	 * contact's participant index.
	 */
	@Query("""
			select new dev.rapport.interaction.InteractionCount(i.date, i.kind, i.direction, count(i))
			from Interaction i join i.participantIds p
			where coalesce(i.ownerId, 0) = :owner and p = :contact
			group by i.date, i.kind, i.direction
			having i.date > :after and i.date <= :upTo""")
	List<InteractionCount> findCountsByDay(@Param("owner") long ownerId, @Param("contact") long contactId,
			@Param("after") LocalDate after, @Param("upTo") LocalDate upTo);

	/**
	 * Each kind and direction of the contact's interactions with its latest day on or
	 * before {@code today} (null if none).
	 */
	@Query("""
			select i.kind, i.direction, max(case when i.date <= :today then i.date end)
			from Interaction i join i.participantIds p
			where coalesce(i.ownerId, 0) = :owner and p = :contact
			group by i.kind, i.direction""")
	List<Object[]> findLatestDayByKind(@Param("owner") long ownerId, @Param("contact") long contactId,
			@Param("today") LocalDate today);

	/**
	 * Those of these contacts that take part in exactly one interaction, counted in the
	 * database.
	 */
	@Query("""
			select p from Interaction i join i.participantIds p
			where coalesce(i.ownerId, 0) = :owner and p in :contacts
			group by p having count(i) = 1""")
	List<Long> findWithOneInteraction(@Param("owner") long ownerId, @Param("contacts") Collection<Long> contactIds);

	/**
	 * How many distinct days on or before {@code upTo} the contact has an interaction on.
	 */
	@Query("""
			select count(distinct case when i.date <= :upTo then i.date end)
			from Interaction i join i.participantIds p
			where coalesce(i.ownerId, 0) = :owner and p = :contact""")
	long countDaysUpTo(@Param("owner") long ownerId, @Param("contact") long contactId, @Param("upTo") LocalDate upTo);

	/**
	 * The rows of these contacts, found through the participant index (see
	 * {@link #findTimeline}).
	 */
	@Query("""
			select new dev.rapport.interaction.ContactInteraction(p, i.date, i.kind, i.direction)
			from Interaction i join i.participantIds p
			where coalesce(i.ownerId, 0) = :owner and p in :contacts""")
	List<ContactInteraction> findRowsOf(@Param("owner") long ownerId, @Param("contacts") Collection<Long> contactIds);

	@Query("""
			select new dev.rapport.interaction.ContactInteraction(p, i.date, i.kind, i.direction)
			from Interaction i join i.participantIds p
			where i.ownerId = :owner""")
	List<ContactInteraction> findAllRowsOf(@Param("owner") long ownerId);

	/** Owner and contact of every participation dated within [from, to]. */
	@Query("""
			select distinct i.ownerId, p from Interaction i join i.participantIds p
			where i.date between :from and :to""")
	List<Object[]> findParticipationsBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

	@Query("select i from Interaction i where i.ownerId = :owner and i.participantIds is empty")
	List<Interaction> findWithoutParticipants(@Param("owner") long ownerId);

	/**
	 * Day and kind of each of the owner's interactions dated within [from, to], once per
	 * interaction.
	 */
	@Query("""
			select new dev.rapport.interaction.InteractionDay(i.date, i.kind)
			from Interaction i
			where i.ownerId = :owner and i.date between :from and :to""")
	List<InteractionDay> findDaysBetween(@Param("owner") long ownerId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/** Interaction id and participant of each of the owner's interactions of one kind. */
	@Query("""
			select i.id, p from Interaction i join i.participantIds p
			where i.ownerId = :owner and i.kind = :kind""")
	List<Object[]> findParticipantsOfKind(@Param("owner") long ownerId, @Param("kind") InteractionKind kind);

	/**
	 * Interaction id, day and participant of the owner's interactions dated within [from,
	 * to] that have two or more participants: the interactions with one person, nearly
	 * all of them, stay in the database.
	 */
	@Query("""
			select i.id, i.date, p from Interaction i join i.participantIds p
			where i.ownerId = :owner and i.date between :from and :to
			  and i.id in (select j.id from Interaction j join j.participantIds q
			               where j.ownerId = :owner and j.date between :from and :to
			               group by j.id having count(q) >= 2)""")
	List<Object[]> findParticipantsBetween(@Param("owner") long ownerId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/**
	 * Per contact of the owner: the latest interaction day on or before {@code today} and
	 * the earliest after it, one row per contact.
	 */
	@Query("""
			select new dev.rapport.interaction.ContactLatest(p, max(case when i.date <= :today then i.date end),
			    min(case when i.date > :today then i.date end))
			from Interaction i join i.participantIds p
			where i.ownerId = :owner
			group by p""")
	List<ContactLatest> findLatestPerContact(@Param("owner") long ownerId, @Param("today") LocalDate today);

	/**
	 * Each of these contacts with each distinct day within [from, to] they had an
	 * interaction on (kind and direction are left out: one row per contact and day).
	 */
	@Query("""
			select distinct p, i.date from Interaction i join i.participantIds p
			where i.ownerId = :owner and p in :contacts and i.date between :from and :to""")
	List<Object[]> findContactDaysBetween(@Param("owner") long ownerId, @Param("contacts") Collection<Long> contactIds,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	/** Per contact of the owner, how many distinct days within [from, to] they met. */
	@Query("""
			select count(distinct i.date) from Interaction i join i.participantIds p
			where i.ownerId = :owner and i.date between :from and :to
			group by p""")
	List<Long> countDaysPerContactBetween(@Param("owner") long ownerId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/**
	 * Per contact and direction, how many of the owner's interactions of these kinds
	 * within [from, to] they took part in.
	 */
	@Query("""
			select new dev.rapport.interaction.ContactDirectionCount(p, i.direction, count(i))
			from Interaction i join i.participantIds p
			where i.ownerId = :owner and i.kind in :kinds and i.date between :from and :to
			group by p, i.direction""")
	List<ContactDirectionCount> countPerContactAndDirection(@Param("owner") long ownerId,
			@Param("kinds") Collection<InteractionKind> kinds, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

}
