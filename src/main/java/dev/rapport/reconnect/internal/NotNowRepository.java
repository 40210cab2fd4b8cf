package dev.rapport.reconnect.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotNowRepository extends JpaRepository<NotNow, Long> {

	Optional<NotNow> findByOwnerIdAndContactId(long ownerId, long contactId);

	@Query("select n from NotNow n where n.ownerId = :owner")
	List<NotNow> findAllOf(@Param("owner") long ownerId);

}
