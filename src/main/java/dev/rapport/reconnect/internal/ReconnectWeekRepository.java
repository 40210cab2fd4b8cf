package dev.rapport.reconnect.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReconnectWeekRepository extends JpaRepository<ReconnectWeek, Long> {

	@Query("select w from ReconnectWeek w left join fetch w.suggestions where w.ownerId = :owner and w.weekStart = :start")
	Optional<ReconnectWeek> findWeek(@Param("owner") long ownerId, @Param("start") LocalDate weekStart);

	@Query("select max(w.weekStart) from ReconnectWeek w where w.ownerId = :owner and w.weekStart < :before")
	Optional<LocalDate> findWeekStartBefore(@Param("owner") long ownerId, @Param("before") LocalDate before);

	@Query("""
			select s from ReconnectWeek w join w.suggestions s
			where w.ownerId = :owner and w.weekStart = :start and s.contactId in :contacts""")
	List<ReconnectSuggestion> findSuggestions(@Param("owner") long ownerId, @Param("start") LocalDate weekStart,
			@Param("contacts") Collection<Long> contactIds);

	@Query("select s from ReconnectWeek w join w.suggestions s where w.ownerId = :owner and s.id = :id")
	Optional<ReconnectSuggestion> findSuggestion(@Param("owner") long ownerId, @Param("id") long suggestionId);

}
