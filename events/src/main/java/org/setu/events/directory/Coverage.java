package org.setu.events.directory;

/** One area a service accepts people from. {@code id} is a geography code, null for {@code NATIONAL}. */
public record Coverage(CoverageLevel level, String id) {
}
