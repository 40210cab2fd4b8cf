package dev.rapport.account.twofactor;

import org.springframework.data.jpa.repository.JpaRepository;

interface TwoFactorSecretRepository extends JpaRepository<TwoFactorSecret, Long> {

}
