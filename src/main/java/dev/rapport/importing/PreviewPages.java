package dev.rapport.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which rows of each section a preview lists: page {@code n} (from 0) of {@code size}
 * rows, for the created, updated, unchanged and skipped people separately, so every row
 * of a large file can be read page by page while the counts always cover the whole file.
 */
public record PreviewPages(int size, int created, int updated, int unchanged, int skipped) {

	/** Rows per page on the preview page. */
	public static final int PAGE_SIZE = 50;

	/**
	 * What an API report or a commit keeps: the first {@link ImportPreview#ROWS_SHOWN} of
	 * each.
	 */
	public static final PreviewPages SAMPLE = new PreviewPages(ImportPreview.ROWS_SHOWN, 0, 0, 0, 0);

	public PreviewPages {
		if (size < 1) {
			throw new IllegalArgumentException("A page holds at least one row");
		}
		created = Math.max(0, created);
		updated = Math.max(0, updated);
		unchanged = Math.max(0, unchanged);
		skipped = Math.max(0, skipped);
	}

	/** The first page of every section, {@link #PAGE_SIZE} rows each. */
	public static PreviewPages first() {
		return new PreviewPages(PAGE_SIZE, 0, 0, 0, 0);
	}

	/**
	 * The same pages, none past the last page of its section (a page past the end shows
	 * the last one).
	 */
	public PreviewPages within(ImportPreview preview) {
		return new PreviewPages(this.size, Math.min(this.created, lastPage(preview.created())),
				Math.min(this.updated, lastPage(preview.updated())),
				Math.min(this.unchanged, lastPage(preview.unchanged())),
				Math.min(this.skipped, lastPage(preview.skipped())));
	}

	public int lastPage(int rows) {
		return Math.max(0, (rows - 1) / this.size);
	}

	/** Collects the rows of one page of a section as rows arrive in order. */
	Window window(int page) {
		return new Window((long) page * this.size, this.size);
	}

	/** The rows of one page, picked from a stream of rows while counting them. */
	static final class Window {

		private final long from;

		private final int size;

		private final List<ImportRow> rows = new ArrayList<>();

		private long seen;

		private Window(long from, int size) {
			this.from = from;
			this.size = size;
		}

		void offer(ImportRow row) {
			if (this.seen >= this.from && this.rows.size() < this.size) {
				this.rows.add(row);
			}
			this.seen++;
		}

		List<ImportRow> rows() {
			return List.copyOf(this.rows);
		}

		/**
		 * This page of rows that are not in order yet (sorted by {@code order} first).
		 */
		List<ImportRow> pageOf(List<ImportRow> all, Comparator<ImportRow> order) {
			return all.stream().sorted(order).skip(this.from).limit(this.size).toList();
		}

	}

}
