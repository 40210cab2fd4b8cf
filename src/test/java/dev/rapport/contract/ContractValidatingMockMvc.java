package dev.rapport.contract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Checks every API request any MockMvc test makes against the live OpenAPI document
 * ({@link ApiContract}), so a response that differs from the document fails the test that
 * got it. Being a component of the test classpath, it is part of every test's application
 * context without any test asking for it.
 */
@Component
class ContractValidatingMockMvc implements MockMvcBuilderCustomizer {

	private final ObjectProvider<MockMvc> mockMvc;

	private volatile ApiContract contract;

	ContractValidatingMockMvc(ObjectProvider<MockMvc> mockMvc) {
		this.mockMvc = mockMvc;
	}

	@Override
	public void customize(ConfigurableMockMvcBuilder<?> builder) {
		builder.alwaysDo(this::check);
	}

	private void check(MvcResult result) throws Exception {
		MockHttpServletRequest request = result.getRequest();
		String path = request.getRequestURI();
		if (path == null || !path.startsWith("/api/")) {
			return;
		}
		MockHttpServletResponse response = result.getResponse();
		ApiContract.Exchange exchange = new ApiContract.Exchange(request.getMethod(), path, query(request),
				headers(request), request.getContentAsByteArray(), response.getStatus(), response.getContentType(),
				responseHeaders(response), response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(contract().check(exchange))
			.as("%s %s answered %s against the OpenAPI document", request.getMethod(), path, response.getStatus())
			.isEmpty();
	}

	private ApiContract contract() throws Exception {
		if (this.contract == null) {
			String document = this.mockMvc.getObject()
				.perform(get("/v3/api-docs"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			this.contract = ApiContract.of(document);
		}
		return this.contract;
	}

	private static Map<String, List<String>> query(MockHttpServletRequest request) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		String queryString = request.getQueryString();
		if (queryString != null && !queryString.isEmpty()) {
			// MockMvc fills parameters from the query string and the form body alike:
			// take query names only
			for (String pair : queryString.split("&")) {
				String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
				query.put(name, Arrays.asList(request.getParameterValues(name)));
			}
		}
		else if (!isBodyParameters(request)) {
			request.getParameterMap().forEach((name, values) -> query.put(name, Arrays.asList(values)));
		}
		return query;
	}

	private static boolean isBodyParameters(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded"));
	}

	private static Map<String, List<String>> responseHeaders(MockHttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			headers.put(name, response.getHeaders(name));
		}
		return headers;
	}

	private static Map<String, List<String>> headers(MockHttpServletRequest request) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.put(name, Collections.list(request.getHeaders(name)));
		}
		return headers;
	}

}
