package dev.rapport.interaction.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import dev.rapport.interaction.InteractionKind;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The interaction list's queries: a page before or after a position (a date and an id),
 * never a count, so a page costs the same on the first day and after 200,000
 * interactions.
 * <p>
 * Two shapes, because H2 serves them differently (measured in docs/benchmarks.md):
 * <ul>
 * <li>the owner's interactions walked through the {@code (owner_id, occurred_on)} index
 * in order. The {@code order by} names {@code ownerId} first, which changes nothing (one
 * owner) but lets H2 read the index in order and stop after a page instead of sorting all
 * of the owner's interactions; a person filter probes each row's participant key;</li>
 * <li>one contact's own rows through the participant index, for someone with few
 * interactions, where the walk above would probe most of the owner's interactions to find
 * a page of theirs. The owner is tested through {@code coalesce} so that H2 keeps to the
 * participant index (see {@link InteractionRepository#findTimeline}).</li>
 * </ul>
 * {@code kinds} lists every kind for "any kind" (an empty list or a null enum is not
 * portable); {@code from}/{@code to} are always dates.
 */
public interface InteractionListRepository extends Repository<Interaction, Long> {

	@Query("""
			select i from Interaction i
			where i.ownerId = :owner
			  and i.date >= :from and i.date <= :beforeDate
			  and (i.date < :beforeDate or i.id < :beforeId)
			  and i.kind in :kinds
			  and (:contact is null or :contact member of i.participantIds)
			order by i.ownerId desc, i.date desc, i.id desc""")
	List<Interaction> findOlder(@Param("owner") long ownerId, @Param("contact") Long contactId,
			@Param("kinds") Collection<InteractionKind> kinds, @Param("from") LocalDate from,
			@Param("beforeDate") LocalDate beforeDate, @Param("beforeId") long beforeId, Pageable pageable);

	@Query("""
			select i from Interaction i
			where i.ownerId = :owner
			  and i.date >= :afterDate and i.date <= :to
			  and (i.date > :afterDate or i.id > :afterId)
			  and i.kind in :kinds
			  and (:contact is null or :contact member of i.participantIds)
			order by i.ownerId, i.date, i.id""")
	List<Interaction> findNewer(@Param("owner") long ownerId, @Param("contact") Long contactId,
			@Param("kinds") Collection<InteractionKind> kinds, @Param("afterDate") LocalDate afterDate,
			@Param("afterId") long afterId, @Param("to") LocalDate to, Pageable pageable);

	@Query("""
			select i from Interaction i join i.participantIds p
			where coalesce(i.ownerId, 0) = :owner and p = :contact
			  and i.date >= :from and i.date <= :beforeDate
			  and (i.date < :beforeDate or i.id < :beforeId)
			  and i.kind in :kinds
			order by i.date desc, i.id desc""")
	List<Interaction> findOlderWith(@Param("owner") long ownerId, @Param("contact") long contactId,
			@Param("kinds") Collection<InteractionKind> kinds, @Param("from") LocalDate from,
			@Param("beforeDate") LocalDate beforeDate, @Param("beforeId") long beforeId, Pageable pageable);

	@Query("""
			select i from Interaction i join i.participantIds p
			where coalesce(i.ownerId, 0) = :owner and p = :contact
			  and i.date >= :afterDate and i.date <= :to
			  and (i.date > :afterDate or i.id > :afterId)
			  and i.kind in :kinds
			order by i.date, i.id""")
	List<Interaction> findNewerWith(@Param("owner") long ownerId, @Param("contact") long contactId,
			@Param("kinds") Collection<InteractionKind> kinds, @Param("afterDate") LocalDate afterDate,
			@Param("afterId") long afterId, @Param("to") LocalDate to, Pageable pageable);

	/**
	 * How many interactions the contact takes part in, counted in the participant index
	 * (which shape of query to use; not shown).
	 */
	@Query(value = "select count(*) from interaction_participant where contact_id = :contact", nativeQuery = true)
	long countRowsOf(@Param("contact") long contactId);

	/** Where an interaction sits in the list: its date and id. */
	@Query("select i.date from Interaction i where i.id = :id and i.ownerId = :owner")
	List<LocalDate> findDateOf(@Param("owner") long ownerId, @Param("id") long id);

}
