package dev.rapport.importing.internal;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportRecordRepository extends JpaRepository<ImportRecord, Long> {

	Optional<ImportRecord> findByIdAndOwnerId(long id, long ownerId);

	Page<ImportRecord> findByOwnerIdOrderByImportedAtDescIdDesc(long ownerId, Pageable pageable);

}
