package dev.rapport.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

	@Query("select t from AccessToken t where t.tokenHash = :hash and t.revokedAt is null")
	Optional<AccessToken> findActiveByHash(@Param("hash") String tokenHash);

	@Query("select t from AccessToken t where t.id = :id and t.ownerId = :owner and t.revokedAt is null")
	Optional<AccessToken> findActive(@Param("owner") long ownerId, @Param("id") long id);

	@Query("select t from AccessToken t where t.ownerId = :owner and t.revokedAt is null order by t.createdAt desc, t.id desc")
	List<AccessToken> findActiveOf(@Param("owner") long ownerId);

}
