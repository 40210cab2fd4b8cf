package dev.rapport.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;

import dev.rapport.account.Owner;

/**
 * What {@code /v3/api-docs} and the Swagger UI say about the API as a whole: every
 * endpoint takes a bearer token, except creating one, which takes the account's email and
 * password.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Rapport API", version = "v1",
		description = "Contacts, interactions, follow-ups, scores, the LinkedIn import, This week's list and the "
				+ "depth features (rhythm check, introductions, give-and-take ledger, life events, gatherings) of the "
				+ "signed-in user. Create a personal access token "
				+ "on the Settings page or with POST /api/v1/tokens (HTTP Basic), then send it as "
				+ "'Authorization: Bearer <token>'. Errors are RFC 9457 problem details."),
		security = @SecurityRequirement(name = OpenApiDocumentation.BEARER))
@SecurityScheme(name = OpenApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityScheme(name = OpenApiDocumentation.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiDocumentation {

	static final String BEARER = "token";

	static final String BASIC = "password";

	static {
		// Resolved from the signed-in user, never sent by a client.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Owner.class);
	}

}
