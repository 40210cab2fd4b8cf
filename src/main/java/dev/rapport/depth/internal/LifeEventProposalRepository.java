package dev.rapport.depth.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LifeEventProposalRepository extends JpaRepository<LifeEventProposal, Long> {

	List<LifeEventProposal> findByOwnerIdAndContactIdOrderByIdDesc(long ownerId, long contactId);

	Optional<LifeEventProposal> findByIdAndOwnerId(long id, long ownerId);

}
