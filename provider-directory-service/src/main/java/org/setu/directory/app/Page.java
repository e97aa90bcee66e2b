package org.setu.directory.app;

import java.util.List;

/** One page of a list, as DESIGN.md §7 answers lists: {@code {"items", "page", "size", "totalItems"}}. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {
}
