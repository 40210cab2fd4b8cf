package dev.rapport.interaction.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.rapport.interaction.ContactDirectionCount;
import dev.rapport.interaction.ContactLatest;
import dev.rapport.interaction.InteractionDay;
import dev.rapport.interaction.InteractionKind;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InteractionRepository extends JpaRepository<Interaction, Long> {

	Optional<Interaction> findByIdAndOwnerId(long id, long ownerId);

	boolean existsByIdAndOwnerId(long id, long ownerId);

	@Query("select i from Interaction i where i.ownerId = :owner order by i.date desc, i.id desc")
	Page<Interaction> findRecent(@Param("owner") long ownerId, Pageable pageable);

	/**
	 * The newest interactions, planned ones first. The {@code order by} names
	 * {@code ownerId} first, which changes nothing (one owner) but lets H2 walk the
	 * {@code (owner_id, occurred_on)} index backwards and stop after a page instead of
	 * sorting the owner's interactions (as {@link InteractionListRepository} does).
	 */
	@Query("select i from Interaction i where i.ownerId = :owner order by i.ownerId desc, i.date desc, i.id desc")
	List<Interaction> findLatest(@Param("owner") long ownerId, Pageable pageable);

	@Query("select i from Interaction i where i.ownerId = :owner and i.date <= :today order by i.date desc, i.id desc")
	Page<Interaction> findPast(@Param("owner") long ownerId, @Param("today") LocalDate today, Pageable pageable);

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
