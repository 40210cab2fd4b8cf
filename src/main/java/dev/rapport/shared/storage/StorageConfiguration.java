package dev.rapport.shared.storage;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Rapport keeps its promise that an answered write is stored: durable commits on the
 * embedded database (see {@link DurableCommits}). Spring Boot hands every
 * {@code TransactionExecutionListener} bean to the transaction manager.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	DurableCommits durableCommits(DataSource dataSource, @Value("${spring.datasource.url:}") String databaseUrl) {
		return new DurableCommits(dataSource, databaseUrl);
	}

}
