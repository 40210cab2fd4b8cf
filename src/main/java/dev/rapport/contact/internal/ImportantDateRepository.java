package dev.rapport.contact.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.rapport.contact.DateKind;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ImportantDateRepository extends JpaRepository<ImportantDate, Long> {

	Optional<ImportantDate> findByIdAndContactIdAndOwnerId(long id, long contactId, long ownerId);

	List<ImportantDate> findByContactIdAndOwnerIdOrderByMonthAscDayAscIdAsc(long contactId, long ownerId);

	Optional<ImportantDate> findFirstByContactIdAndOwnerIdAndKind(long contactId, long ownerId, DateKind kind);

	List<ImportantDate> findByOwnerIdAndContactIdInAndKind(long ownerId, Collection<Long> contactIds, DateKind kind);

	/**
	 * Every date of the owner's active (not archived) contacts, each with its contact.
	 */
	@Query("""
			select d, c from ImportantDate d, Contact c
			where c.id = d.contactId and d.ownerId = :owner and c.ownerId = :owner and c.archived = false
			order by d.month, d.day, d.id""")
	List<Object[]> findActiveWithNames(@Param("owner") long ownerId);

}
