package org.setu.statistics.domain;

import java.util.List;

/** One cell as the database counts it: the period's label, the breakdown's values in the order asked, the count. */
public record Count(String period, List<String> keys, long count) {

    public Count {
        keys = List.copyOf(keys);
    }
}
