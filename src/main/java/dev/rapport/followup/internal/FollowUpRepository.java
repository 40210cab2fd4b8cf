package dev.rapport.followup.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

	Optional<FollowUp> findByIdAndOwnerId(long id, long ownerId);

	/** {@code done} null means open and done alike. */
	@Query("""
			select f from FollowUp f
			where f.ownerId = :owner
			  and (:contact is null or f.contactId = :contact)
			  and (:done is null or (:done = true and f.completedOn is not null) or (:done = false and f.completedOn is null))
			order by case when f.completedOn is null then 0 else 1 end, f.dueOn, f.id""")
	Page<FollowUp> search(@Param("owner") long ownerId, @Param("contact") Long contactId, @Param("done") Boolean done,
			Pageable pageable);

	@Query("select f from FollowUp f where f.ownerId = :owner and f.completedOn is null order by f.dueOn, f.id")
	List<FollowUp> findOpen(@Param("owner") long ownerId, Pageable pageable);

	@Query("""
			select f from FollowUp f where f.ownerId = :owner and f.completedOn is null and f.dueOn <= :until
			order by f.dueOn, f.id""")
	List<FollowUp> findOpenDueBy(@Param("owner") long ownerId, @Param("until") LocalDate until, Pageable pageable);

	@Query(value = "select f from FollowUp f where f.ownerId = :owner and f.completedOn is not null order by f.completedOn desc, f.id desc",
			countQuery = "select count(f) from FollowUp f where f.ownerId = :owner and f.completedOn is not null")
	Page<FollowUp> findDone(@Param("owner") long ownerId, Pageable pageable);

	@Query("select f from FollowUp f where f.ownerId = :owner and f.contactId = :contact order by f.completedOn nulls first, f.dueOn, f.id")
	List<FollowUp> findOfContact(@Param("owner") long ownerId, @Param("contact") long contactId);

}
