package dev.rapport.shared.storage;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How Rapport keeps its promise that an answered write is stored: durable commits on the
 * embedded database (see {@link DurableCommits}), and a health check that fails when
 * writes do. Spring Boot hands every {@code TransactionExecutionListener} bean to the
 * transaction manager.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	/**
	 * Named {@code storage} in {@code /actuator/health}; also part of the readiness
	 * group.
	 */
	@Bean
	StorageHealthIndicator storageHealthIndicator(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			Clock clock) {
		return new StorageHealthIndicator(jdbc, new TransactionTemplate(transactions), clock);
	}

	/**
	 * Also the first exception resolver, so no controller advice turns a full disk into a
	 * 500.
	 */
	@Bean
	StorageUnavailableResponses storageUnavailableResponses(MessageSource messages) {
		return new StorageUnavailableResponses(messages);
	}

	/** Outermost, so failures in the security filters are caught too. */
	@Bean
	FilterRegistrationBean<StorageUnavailableFilter> storageUnavailableFilter(StorageUnavailableResponses responses) {
		FilterRegistrationBean<StorageUnavailableFilter> registration = new FilterRegistrationBean<>(
				new StorageUnavailableFilter(responses));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * {@code rapport.storage.fsync-commits=false} exists only to measure what durability
	 * costs (docs/benchmarks.md); never turn it off for real data.
	 */
	@Bean
	DurableCommits durableCommits(DataSource dataSource, @Value("${spring.datasource.url:}") String databaseUrl,
			@Value("${rapport.storage.fsync-commits:true}") boolean fsyncCommits) {
		return new DurableCommits(dataSource, fsyncCommits ? databaseUrl : "");
	}

	@Bean
	LargeTransactions largeTransactions(JdbcTemplate jdbc, @Value("${spring.datasource.url:}") String databaseUrl) {
		return new LargeTransactions(jdbc, databaseUrl);
	}

	@Bean
	RewordedMigrationComments rewordedMigrationComments() {
		return new RewordedMigrationComments();
	}

}
