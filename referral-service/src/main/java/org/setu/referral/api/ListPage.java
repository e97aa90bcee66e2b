package org.setu.referral.api;

import java.util.List;

/** A page of a list: {@code {"items", "page", "size", "totalItems"}}. */
public record ListPage<T>(List<T> items, int page, int size, long totalItems) {
}
