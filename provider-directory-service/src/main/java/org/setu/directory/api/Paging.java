package org.setu.directory.api;

import org.setu.kit.api.QueryParams;

/** The directory's paging: its default and largest page, read with the kit's QueryParams like every other parameter. */
final class Paging {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private Paging() {
    }

    static int page(String value) {
        return QueryParams.wholeNumber("page", value, 0, 0, 1_000_000);
    }

    static int size(String value, int defaultSize, int maxSize) {
        return QueryParams.wholeNumber("size", value, defaultSize, 1, maxSize);
    }
}
