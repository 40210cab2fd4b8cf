package dev.rapport.account.internal;

import dev.rapport.account.AccountPrincipal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SingleIndexResolver;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Browser sessions are kept in the database by Spring Session JDBC (tables from migration
 * {@code V16_1}), so they survive a restart, several instances can share them, and a user
 * can see and end their own sessions. Each session is indexed by the signed-in user's
 * <em>id</em> instead of Spring's default, the user name: the email can change, the id
 * cannot.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> indexSessionsByUserId() {
		return repository -> repository.setIndexResolver(new UserIdIndexResolver());
	}

	/**
	 * The value stored in {@code spring_session.principal_name}: the signed-in user's id.
	 */
	static String indexValueOf(long userId) {
		return Long.toString(userId);
	}

	static final class UserIdIndexResolver extends SingleIndexResolver<Session> {

		UserIdIndexResolver() {
			super(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
		}

		@Override
		public String resolveIndexValueFor(Session session) {
			Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			if (context instanceof SecurityContext security) {
				Authentication authentication = security.getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
					return indexValueOf(principal.id());
				}
			}
			return null;
		}

	}

}
