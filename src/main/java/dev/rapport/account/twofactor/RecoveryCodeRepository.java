package dev.rapport.account.twofactor;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	@Query("select c from RecoveryCode c where c.ownerId = ?1 and c.usedAt is null")
	List<RecoveryCode> findUnusedOf(long ownerId);

	@Modifying
	@Query("delete from RecoveryCode c where c.ownerId = ?1")
	void deleteAllOf(long ownerId);

}
