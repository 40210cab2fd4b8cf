package dev.rapport.contact.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContactRepository extends JpaRepository<Contact, Long> {

	Optional<Contact> findByIdAndOwnerId(long id, long ownerId);

	/**
	 * The list page's filters: {@code pattern} is a lower-case LIKE pattern (already
	 * escaped) or null; {@code folded} the same text's words as name sort keys
	 * (NameSortKey: without case, accents or punctuation) joined by {@code %}, matched
	 * against the first and last name's keys with a space between, so that "emile" finds
	 * "Émile" and "obrien" "O'Brien", or null; {@code importedWithoutHistory} keeps only
	 * imported people nothing was logged with yet.
	 */
	String LIST_FILTERS = """
			where c.ownerId = :owner and c.archived = :archived
			  and (:pattern is null
			       or lower(c.firstName) like :pattern escape '\\'
			       or lower(c.lastName) like :pattern escape '\\'
			       or lower(concat(c.firstName, ' ', coalesce(c.lastName, ''))) like :pattern escape '\\'
			       or lower(c.company) like :pattern escape '\\'
			       or lower(c.email) like :pattern escape '\\'
			       or concat(c.sortFirst, ' ', c.sortLast) like :folded)
			  and (:tag is null or :tag member of c.tags)
			  and (:importedWithoutHistory = false
			       or (c.source in (dev.rapport.contact.internal.ContactSource.LINKEDIN,
			                     dev.rapport.contact.internal.ContactSource.ADDRESS_BOOK)
			           and c.lastInteractionOn is null))
			""";

	@Query("select c from Contact c " + LIST_FILTERS)
	Page<Contact> search(@Param("owner") long ownerId, @Param("archived") boolean archived,
			@Param("pattern") String pattern, @Param("folded") String folded, @Param("tag") String tag,
			@Param("importedWithoutHistory") boolean importedWithoutHistory, Pageable pageable);

	/**
	 * The ids of the list page's matches, for orders the database cannot compute (by
	 * depth).
	 */
	@Query("select c.id from Contact c " + LIST_FILTERS)
	List<Long> searchIds(@Param("owner") long ownerId, @Param("archived") boolean archived,
			@Param("pattern") String pattern, @Param("folded") String folded, @Param("tag") String tag,
			@Param("importedWithoutHistory") boolean importedWithoutHistory, Sort sort);

	/**
	 * A bulk update: it leaves {@code version} alone, unlike a change to the managed
	 * entity.
	 */
	@Modifying
	@Query("update Contact c set c.lastInteractionOn = :date where c.id = :id and c.ownerId = :owner")
	int recordLastInteraction(@Param("owner") long ownerId, @Param("id") long contactId, @Param("date") LocalDate date);

	/**
	 * Moves the last interaction forward to {@code date} where it is earlier or unset; a
	 * bulk update like the one above. The owner is tested through {@code coalesce} so
	 * that H2 finds the rows by id, not by walking the owner's name index. Every
	 * participant's row is updated (to its own value where it is later), never filtered
	 * out: the row lock this takes serialises concurrent logs with the same person until
	 * commit, so their score refreshes do not race (ConcurrentLoggingApiTests on
	 * PostgreSQL, where a filtered-out row is not locked).
	 */
	@Modifying
	@Query("""
			update Contact c set c.lastInteractionOn = case
				when c.lastInteractionOn is null or c.lastInteractionOn < :date then :date
				else c.lastInteractionOn end
			where c.id in :ids and coalesce(c.ownerId, 0) = :owner""")
	int recordInteractionOn(@Param("owner") long ownerId, @Param("ids") Collection<Long> contactIds,
			@Param("date") LocalDate date);

	@Query("select distinct c.ownerId from Contact c")
	List<Long> findOwnerIds();

	@Query("select distinct t from Contact c join c.tags t where c.ownerId = :owner order by t")
	List<String> findTagsOf(@Param("owner") long ownerId);

	@Query("select c from Contact c where c.ownerId = :owner and c.id in :ids")
	List<Contact> findAllOfOwner(@Param("owner") long ownerId, @Param("ids") Collection<Long> ids);

	/** In the list's order, read through its index (see ContactService's sort). */
	@Query("""
			select c from Contact c where c.ownerId = :owner and c.archived = false
			order by c.ownerId, c.archived, c.sortFirst, c.sortLast, c.id""")
	List<Contact> findActiveOf(@Param("owner") long ownerId);

	boolean existsByIdAndOwnerId(long id, long ownerId);

	long countByOwnerId(long ownerId);

	/** How many contacts the owner has, the sum of their versions and the newest id. */
	@Query("select count(c), sum(c.version), max(c.id) from Contact c where c.ownerId = :owner")
	List<Object[]> findChangeStampOf(@Param("owner") long ownerId);

	@Query("select c.id from Contact c where c.ownerId = :owner and c.archived = false and c.noSuggest = false")
	List<Long> findSuggestableIdsOf(@Param("owner") long ownerId);

	@Query("select c.id, c.knownSince from Contact c where c.ownerId = :owner and c.knownSince is not null")
	List<Object[]> findKnownSinceOf(@Param("owner") long ownerId);

	@Query("select c.id, c.knownSince from Contact c where c.ownerId = :owner and c.id in :ids and c.knownSince is not null")
	List<Object[]> findKnownSinceOf(@Param("owner") long ownerId, @Param("ids") Collection<Long> contactIds);

	@Query("select c.id, c.rhythmDays from Contact c where c.ownerId = :owner and c.archived = false and c.rhythmDays is not null")
	List<Object[]> findRhythmsOf(@Param("owner") long ownerId);

	/** id, company and position of each of the owner's contacts among {@code ids}. */
	@Query("select c.id, c.company, c.position from Contact c where c.ownerId = :owner and c.id in :ids")
	List<Object[]> findJobsOf(@Param("owner") long ownerId, @Param("ids") Collection<Long> ids);

}
