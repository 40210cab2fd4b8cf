package dev.rapport.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ErrorPageConfiguration {

	@Bean
	FilterRegistrationBean<DirectErrorRequestFilter> directErrorRequests() {
		FilterRegistrationBean<DirectErrorRequestFilter> registration = new FilterRegistrationBean<>(
				new DirectErrorRequestFilter());
		registration.addUrlPatterns("/error", "/error/*");
		return registration;
	}

}
