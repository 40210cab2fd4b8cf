package dev.rapport.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.rapport.account.internal.AccessToken;
import dev.rapport.account.internal.AccessTokenRepository;
import dev.rapport.account.internal.UserAccountRepository;
import dev.rapport.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the JSON API. A token is 32 random bytes; only its SHA-256
 * hash and a short prefix are stored, so the token can be shown exactly once, when it is
 * created. A high-entropy random token needs no slow password hash: nobody can guess
 * their way back from the digest.
 */
@Service
@Transactional(readOnly = true)
public class AccessTokenService {

	/**
	 * Marks Rapport tokens, so secret scanners and people can recognise one in a leaked
	 * file.
	 */
	static final String TOKEN_MARKER = "rap_";

	static final int TOKEN_BYTES = 32;

	static final int PREFIX_LENGTH = TOKEN_MARKER.length() + 6;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccessTokenRepository tokens;

	private final UserAccountRepository users;

	private final Clock clock;

	AccessTokenService(AccessTokenRepository tokens, UserAccountRepository users, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Creates a token; the returned {@link CreatedAccessToken#token()} is the only time
	 * anyone sees it.
	 */
	@Transactional
	public CreatedAccessToken create(long ownerId, NewAccessToken request) {
		byte[] random = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(random);
		String token = TOKEN_MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String name = request.name().trim();
		Instant now = this.clock.instant();
		Instant expiresAt = (request.expiresInDays() == null) ? null
				: now.plus(Duration.ofDays(request.expiresInDays()));
		AccessToken saved = this.tokens.save(new AccessToken(ownerId, name, hash(token),
				token.substring(0, PREFIX_LENGTH), now, request.scopeOrDefault(), expiresAt));
		return new CreatedAccessToken(saved.getId(), name, token, saved.getScope(), saved.getExpiresAt());
	}

	/**
	 * The owner's tokens that are not revoked, newest first; expired ones are listed (and
	 * marked) so the owner sees why a script stopped working, and can tidy them away.
	 */
	public List<AccessTokenView> list(long ownerId) {
		Instant now = this.clock.instant();
		return this.tokens.findActiveOf(ownerId)
			.stream()
			.map(token -> new AccessTokenView(token.getId(), token.getName(), token.getPrefix(), token.getCreatedAt(),
					token.getLastUsedAt(), token.getScope(), token.getExpiresAt(), token.isExpiredAt(now)))
			.toList();
	}

	/**
	 * @throws NotFoundException for an unknown, already revoked or another user's token
	 */
	@Transactional
	public void revoke(long ownerId, long tokenId) {
		this.tokens.findActive(ownerId, tokenId)
			.orElseThrow(() -> new NotFoundException("Access token", tokenId))
			.revoke(this.clock.instant());
	}

	/** Revokes every token of the owner that still works; answers how many. */
	@Transactional
	public int revokeAll(long ownerId) {
		var active = this.tokens.findActiveOf(ownerId);
		active.forEach(token -> token.revoke(this.clock.instant()));
		return active.size();
	}

	/**
	 * The user a presented token belongs to, recording the use; empty for an unknown,
	 * revoked or expired token.
	 */
	@Transactional
	public Optional<AccountPrincipal> authenticate(String presentedToken) {
		return authenticateToken(presentedToken).map(AuthenticatedToken::principal);
	}

	/**
	 * The user a presented token belongs to and the token's scope, recording the use;
	 * empty for an unknown, revoked or expired token (all three look the same to the
	 * caller).
	 */
	@Transactional
	public Optional<AuthenticatedToken> authenticateToken(String presentedToken) {
		if (presentedToken == null || !presentedToken.startsWith(TOKEN_MARKER)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findActiveByHash(hash(presentedToken))
			.filter(token -> !token.isExpiredAt(now))
			.flatMap(token -> {
				token.usedAt(now);
				return this.users.findById(token.getOwnerId())
					.map(user -> new AuthenticatedToken(AccountService.principalOf(user), token.getScope()));
			});
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
