package dev.labelstudio4j.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How {@link Page} decides there is a next page, without HTTP.
 */
class PageTests {

	private final List<Integer> loaded = new ArrayList<>();

	/** 7 items in pages of {@code size}; the answer carries neither total nor next link. */
	private Page.Loader<Integer> plainList(int size) {
		return (number) -> {
			this.loaded.add(number);
			List<Integer> items = IntStream.rangeClosed((number - 1) * size + 1, Math.min(7, number * size))
				.boxed()
				.toList();
			return new Page.Content<>(items, null, null);
		};
	}

	@Test
	void shortPageEndsPagingWhenTheServerSaysNothingElse() {
		assertThat(Page.fetch(plainList(3), 1, 3).stream()).containsExactly(1, 2, 3, 4, 5, 6, 7);
		assertThat(this.loaded).containsExactly(1, 2, 3);
	}

	@Test
	void emptyPageEndsPaging() {
		assertThat(Page.fetch(plainList(7), 1, 7).stream()).hasSize(7);
		assertThat(this.loaded).containsExactly(1, 2);
	}

	@Test
	void totalEndsPaging() {
		Page.Loader<Integer> loader = (number) -> {
			this.loaded.add(number);
			return new Page.Content<>(List.of(number * 2 - 1, number * 2), 4L, null);
		};
		assertThat(Page.fetch(loader, 1, 2).stream()).containsExactly(1, 2, 3, 4);
		assertThat(this.loaded).containsExactly(1, 2);
	}

	@Test
	void nextLinkWinsOverPageSize() {
		// a server capping the page size at 2 when 5 was asked: the short page is not the last
		Page.Loader<Integer> loader = (number) -> {
			this.loaded.add(number);
			return new Page.Content<>(List.of(number * 2 - 1, number * 2), null, number < 3);
		};
		assertThat(Page.fetch(loader, 1, 5).stream()).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(this.loaded).containsExactly(1, 2, 3);
	}

	@Test
	void eachIteratorStartsFromTheFirstPageWithoutFetchingItAgain() {
		Page<Integer> first = Page.fetch(plainList(3), 1, 3);
		first.stream().toList();
		first.stream().toList();
		assertThat(this.loaded).containsExactly(1, 2, 3, 2, 3);
	}

	@Test
	void aCutOrUnreadable404PastTheFirstPageEndsPaging() {
		Page.Loader<Integer> cut = (number) -> {
			if (number > 1) {
				// what the decoder makes of {"detail": "Inval| cut by the connection: no detail
				throw new NotFoundException("x.list", 404, new HttpHeaders(), "{\"detail\": \"Inval", null,
						java.util.Map.of(), null);
			}
			return new Page.Content<>(List.of(1, 2), null, true);
		};
		assertThat(Page.fetch(cut, 1, 2).stream()).containsExactly(1, 2);
		Page.Loader<Integer> cutFirst = (number) -> {
			throw new NotFoundException("x.list", 404, new HttpHeaders(), "", null, java.util.Map.of(), null);
		};
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> Page.fetch(cutFirst, 1, 2));
	}

	@Test
	void invalidPageEndsPagingOtherNotFoundIsThrown() {
		Page.Loader<Integer> invalid = (number) -> {
			if (number > 1) {
				throw new NotFoundException("x.list", 404, new HttpHeaders(), "", "Invalid page.", java.util.Map.of(),
						null);
			}
			return new Page.Content<>(List.of(1, 2), null, true);
		};
		assertThat(Page.fetch(invalid, 1, 2).stream()).containsExactly(1, 2);
		Page.Loader<Integer> gone = (number) -> {
			throw new NotFoundException("x.list", 404, new HttpHeaders(), "", "Not found.", java.util.Map.of(), null);
		};
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> Page.fetch(gone, 1, 2));
	}

	@Test
	void argumentsAreValidated() {
		assertThatIllegalArgumentException().isThrownBy(() -> Page.fetch(plainList(2), 0, 2))
			.withMessage("page must be at least 1");
		assertThatIllegalArgumentException().isThrownBy(() -> Page.fetch(plainList(2), 1, 0))
			.withMessage("pageSize must be at least 1");
		assertThat(this.loaded).isEmpty();
	}

	@Test
	void iteratorPastTheEndThrows() {
		var iterator = Page.fetch(plainList(7), 1, 7).autoPaging().iterator();
		for (int i = 0; i < 7; i++) {
			iterator.next();
		}
		assertThat(iterator.hasNext()).isFalse();
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(iterator::next);
	}

}
