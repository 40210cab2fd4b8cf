package dev.rapport.api;

import org.junit.jupiter.api.Test;

class DumpDocsTests extends ApiTestSupport {

	@Test
	void dump() throws Exception {
		java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/api-docs-20.json"),
				this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString());
	}

}
