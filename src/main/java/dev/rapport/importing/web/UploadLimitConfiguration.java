package dev.rapport.importing.web;

import dev.rapport.importing.ImportingProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

	/**
	 * Just before Spring Security's filter chain (order -100), whose CSRF check reads the
	 * body.
	 */
	static final int ORDER = -101;

	@Bean
	FilterRegistrationBean<UploadLimitFilter> importUploadLimitFilter(ImportingProperties properties) {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
				new UploadLimitFilter(properties));
		registration.addUrlPatterns("/import");
		registration.setOrder(ORDER);
		return registration;
	}

}
