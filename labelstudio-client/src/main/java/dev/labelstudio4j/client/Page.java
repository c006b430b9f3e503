package dev.labelstudio4j.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * One page of a paged list, with the means to fetch the next one. {@link #autoPaging()} walks every
 * item from this page on, fetching each following page lazily, once, and holding one page at a time.
 * Paging ends on an empty page, when the server says there is no next page (its {@code next} link or
 * its {@code total}), on a short page when the server says neither, and on Label Studio's
 * {@code 404 Invalid page.} (also past the first page when that 404's body is cut or unreadable).
 *
 * @param <T> the item type
 */
public final class Page<T> {

	/** Fetches a page by its 1-based number; implemented by the resource clients. */
	@FunctionalInterface
	public interface Loader<T> {

		/**
		 * Fetch one page.
		 * @param pageNumber the 1-based page number
		 * @return the page's content
		 */
		Content<T> load(int pageNumber);

	}

	/**
	 * What the server said about one page.
	 * @param items the items on the page
	 * @param total the total number of items, when the server says
	 * @param hasNextLink whether the server gave a {@code next} link, or {@code null} when its answer has
	 * no such field
	 */
	public record Content<T>(List<T> items, @Nullable Long total, @Nullable Boolean hasNextLink) {

		public Content {
			items = List.copyOf(items);
		}

	}

	private final List<T> items;

	private final @Nullable Long total;

	private final int pageNumber;

	private final int pageSize;

	private final long seenThrough;

	private final boolean hasNext;

	private final Loader<T> loader;

	private Page(Content<T> content, int pageNumber, int pageSize, long seenBefore, Loader<T> loader) {
		this.items = content.items();
		this.total = content.total();
		this.pageNumber = pageNumber;
		this.pageSize = pageSize;
		this.seenThrough = seenBefore + this.items.size();
		this.loader = loader;
		this.hasNext = computeHasNext(content);
	}

	private boolean computeHasNext(Content<T> content) {
		if (this.items.isEmpty()) {
			return false;
		}
		if (content.hasNextLink() != null) {
			return content.hasNextLink();
		}
		if (this.total != null) {
			return this.seenThrough < this.total;
		}
		return this.items.size() >= this.pageSize;
	}

	/**
	 * Fetch a page and wrap it. A {@code 404 Invalid page.} answer becomes an empty last page.
	 * @param loader fetches the page
	 * @param pageNumber the 1-based page number
	 * @param pageSize the page size asked for (used when the server gives neither {@code next} nor
	 * {@code total})
	 * @return the page
	 */
	public static <T> Page<T> fetch(Loader<T> loader, int pageNumber, int pageSize) {
		if (pageNumber < 1) {
			throw new IllegalArgumentException("page must be at least 1");
		}
		if (pageSize < 1) {
			throw new IllegalArgumentException("pageSize must be at least 1");
		}
		return fetch(loader, pageNumber, pageSize, 0);
	}

	private static <T> Page<T> fetch(Loader<T> loader, int pageNumber, int pageSize, long seenBefore) {
		Content<T> content;
		try {
			content = loader.load(pageNumber);
		}
		catch (NotFoundException ex) {
			if (!isInvalidPage(ex, pageNumber)) {
				throw ex;
			}
			content = new Content<>(List.of(), null, false);
		}
		return new Page<>(content, pageNumber, pageSize, seenBefore, loader);
	}

	/**
	 * Whether a 404 means "no such page": Label Studio's {@code Invalid page.}, or, past the first page of
	 * a list that answered, a 404 whose body was cut or unreadable (no {@code detail}).
	 */
	private static boolean isInvalidPage(NotFoundException ex, int pageNumber) {
		String detail = ex.getDetail();
		if (detail == null) {
			return pageNumber > 1;
		}
		return detail.toLowerCase(java.util.Locale.ROOT).contains("invalid page");
	}

	/** The items on this page. */
	public List<T> items() {
		return this.items;
	}

	/** The total number of items the server reported, or {@code null}. */
	public @Nullable Long total() {
		return this.total;
	}

	/** This page's 1-based number. */
	public int pageNumber() {
		return this.pageNumber;
	}

	/** Whether there is a next page to fetch. */
	public boolean hasNext() {
		return this.hasNext;
	}

	/**
	 * Fetch the next page. Each call makes a request; {@link #autoPaging()} fetches each page once.
	 * @return the next page
	 * @throws NoSuchElementException when {@link #hasNext()} is false
	 */
	public Page<T> nextPage() {
		if (!this.hasNext) {
			throw new NoSuchElementException("page " + this.pageNumber + " is the last page");
		}
		return fetch(this.loader, this.pageNumber + 1, this.pageSize, this.seenThrough);
	}

	/** Every item from this page on, fetching following pages lazily as iteration reaches them. */
	public AutoPager<T> autoPaging() {
		return new AutoPager<>(this);
	}

	/** Shortcut for {@code autoPaging().stream()}. */
	public Stream<T> stream() {
		return autoPaging().stream();
	}

	@Override
	public String toString() {
		return "Page[number=" + this.pageNumber + ", items=" + this.items.size() + ", total=" + this.total
				+ ", hasNext=" + this.hasNext + "]";
	}

	/**
	 * Lazy iteration over the items of a page and all pages after it. Each {@link #iterator()} starts
	 * again from the first page it was made from (already fetched) and fetches the rest anew.
	 *
	 * @param <T> the item type
	 */
	public static final class AutoPager<T> implements Iterable<T> {

		private final Page<T> first;

		private AutoPager(Page<T> first) {
			this.first = first;
		}

		@Override
		public Iterator<T> iterator() {
			return new PagingIterator<>(this.first);
		}

		/** A sequential, lazy stream over every item. */
		public Stream<T> stream() {
			return StreamSupport.stream(
					Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
		}

	}

	private static final class PagingIterator<T> implements Iterator<T> {

		private Page<T> page;

		private Iterator<T> items;

		PagingIterator(Page<T> page) {
			this.page = page;
			this.items = page.items.iterator();
		}

		@Override
		public boolean hasNext() {
			while (!this.items.hasNext()) {
				if (!this.page.hasNext) {
					return false;
				}
				this.page = this.page.nextPage();
				this.items = this.page.items.iterator();
			}
			return true;
		}

		@Override
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.items.next();
		}

	}

}
