package org.setu.directory.app;

import java.util.List;

/** One page of a list, as docs/api.md pages bounded lists: {@code {"items", "page", "size", "totalItems"}}. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {
}
