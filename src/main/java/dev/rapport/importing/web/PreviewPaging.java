package dev.rapport.importing.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.rapport.importing.ImportPreview;
import dev.rapport.importing.PreviewPages;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The preview's paging: each section (created, updated, unchanged, skipped) has its own
 * page, numbered from 1 in the address ({@code ?created=3&skipped=2}), so a link to the
 * next page of one section keeps the pages shown of the others.
 */
final class PreviewPaging {

	static final String[] SECTIONS = { "created", "updated", "unchanged", "skipped" };

	private PreviewPaging() {
	}

	/** The pages asked for; anything that is not a page number is the first page. */
	static PreviewPages read(String created, String updated, String unchanged, String skipped) {
		return new PreviewPages(PreviewPages.PAGE_SIZE, index(created), index(updated), index(unchanged),
				index(skipped));
	}

	private static int index(String number) {
		if (number == null || !number.strip().matches("\\d{1,6}")) {
			return 0;
		}
		return Math.max(0, Integer.parseInt(number.strip()) - 1);
	}

	/** Each section's pager, by section name, for the preview of {@code token}. */
	static Map<String, Pager> pagers(String token, ImportPreview preview, PreviewPages pages) {
		int[] counts = { preview.created(), preview.updated(), preview.unchanged(), preview.skipped() };
		int[] shown = { pages.created(), pages.updated(), pages.unchanged(), pages.skipped() };
		Map<String, Pager> pagers = new LinkedHashMap<>();
		for (int i = 0; i < SECTIONS.length; i++) {
			int count = counts[i];
			int page = shown[i];
			int last = pages.lastPage(count);
			int from = (count == 0) ? 0 : page * pages.size() + 1;
			int to = Math.min(count, (page + 1) * pages.size());
			pagers.put(SECTIONS[i],
					new Pager(page + 1, last + 1, from, to, count, (page > 0) ? link(token, shown, i, page - 1) : null,
							(page < last) ? link(token, shown, i, page + 1) : null));
		}
		return pagers;
	}

	private static String link(String token, int[] shown, int section, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/import/{token}");
		for (int i = 0; i < SECTIONS.length; i++) {
			int index = (i == section) ? page : shown[i];
			if (index > 0) {
				link.queryParam(SECTIONS[i], index + 1);
			}
		}
		return link.fragment("preview-" + SECTIONS[section]).buildAndExpand(token).toUriString();
	}

	/**
	 * One section's pager: page {@code number} of {@code pages}, rows
	 * {@code from}–{@code to} of {@code count}, and the links to the pages before and
	 * after (null at either end).
	 */
	record Pager(int number, int pages, int from, int to, int count, String previous, String next) {

		public boolean needed() {
			return this.pages > 1;
		}

	}

}
