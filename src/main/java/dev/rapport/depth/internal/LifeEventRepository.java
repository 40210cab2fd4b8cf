package dev.rapport.depth.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LifeEventRepository extends JpaRepository<LifeEvent, Long> {

	@Query("select e from LifeEvent e where e.ownerId = :owner and e.contactId = :contact order by e.occurredOn desc, e.id desc")
	List<LifeEvent> findOfContact(@Param("owner") long ownerId, @Param("contact") long contactId);

	Optional<LifeEvent> findByIdAndOwnerId(long id, long ownerId);

}
