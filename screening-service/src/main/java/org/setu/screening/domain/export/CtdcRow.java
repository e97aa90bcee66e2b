package org.setu.screening.domain.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One case as a CTDC row: a value for every published column, in the columns' order. */
public record CtdcRow(Map<String, String> values) {

    public CtdcRow {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String get(String column) {
        return values.get(column);
    }

    /** The same row with one value replaced: a generalisation step. */
    public CtdcRow with(String column, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(column, value);
        return new CtdcRow(copy);
    }

    /** The values of the given columns, which together say which equivalence class the row is in. */
    public List<String> key(List<String> columns) {
        return columns.stream().map(values::get).toList();
    }
}
