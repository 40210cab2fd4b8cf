package dev.rapport.contact.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Teaches form binding the contact fields' own formats. */
@Configuration(proxyBeanMethods = false)
class ContactWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new KnownSinceFormatter());
	}

}
