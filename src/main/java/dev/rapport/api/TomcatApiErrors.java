package dev.rapport.api;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Installs {@link ApiErrorReportValve} as the embedded Tomcat host's error report valve,
 * so requests Tomcat refuses on its own get a problem detail on {@code /api/} paths.
 */
@Component
class TomcatApiErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
			}
		});
	}

}
