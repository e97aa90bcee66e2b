package org.setu.kit.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;

/**
 * The W3C {@code traceparent} of a recorded event. The relay publishes on its own thread, long after the request
 * that recorded the event has ended; keeping the trace context with the row lets the Kafka record, and every
 * consumer's work on it, join the request's trace.
 */
final class TraceParent {

    private TraceParent() {
    }

    /** The current span's context, or null when there is none (tracing off, or no request). */
    static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) return null;
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The context to publish in, or null when the value is absent or not a version-00 traceparent. */
    static Context of(String traceparent) {
        if (traceparent == null) return null;
        String[] parts = traceparent.split("-");
        if (parts.length != 4 || !"00".equals(parts[0]) || parts[3].length() != 2) return null;
        SpanContext span = SpanContext.createFromRemoteParent(parts[1], parts[2], TraceFlags.fromHex(parts[3], 0),
                TraceState.getDefault());
        return span.isValid() ? Context.root().with(Span.wrap(span)) : null;
    }
}
