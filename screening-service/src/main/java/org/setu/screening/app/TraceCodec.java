package org.setu.screening.app;

import org.setu.events.text.Reason;
import org.setu.events.text.ReasonMaps;

import java.util.List;

/**
 * The trace as JSON-ready maps and lists, to be sealed with the answers and served beside the text, in the one form
 * every Setu service keeps reasons in ({@link ReasonMaps}). A step stored before the trace was structured is a plain
 * English string, read back as the code {@code legacy}.
 */
public final class TraceCodec {

    private TraceCodec() {
    }

    public static List<Object> encode(List<Reason> trace) {
        return ReasonMaps.encode(trace);
    }

    public static List<Reason> decode(List<?> stored) {
        return ReasonMaps.decode(stored);
    }
}
