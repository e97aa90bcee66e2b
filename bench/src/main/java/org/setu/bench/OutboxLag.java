package org.setu.bench;

import org.setu.devstack.SetuService;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each service's outbox lag (commit to broker acknowledgement) from its own Prometheus metrics: the relay publishes
 * setu_outbox_lag_seconds with its p50 and p99 over the last couple of minutes, so it is read right after a load.
 */
final class OutboxLag {

    /** Milliseconds; NaN where the service published nothing in the window. */
    record Lag(double p50, double p99, double max, long count) {
    }

    private static final Pattern LINE = Pattern.compile("^(setu_outbox_lag_seconds(?:_max|_count)?)(?:\\{([^}]*)})?\\s+([0-9.eE+-]+|NaN)");

    private OutboxLag() {
    }

    static Map<SetuService, Lag> read() {
        Map<SetuService, Lag> out = new LinkedHashMap<>();
        for (SetuService s : SetuService.all()) {
            try {
                out.put(s, parse(Api.text(s.baseUrl().replace("localhost", "127.0.0.1") + "/q/metrics")));
            } catch (RuntimeException e) {
                // a service without metrics leaves its row out
            }
        }
        return out;
    }

    static Lag parse(String prometheus) {
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        double max = Double.NaN;
        long count = 0;
        for (String line : prometheus.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.find()) continue;
            double v = Double.parseDouble(m.group(3)) * 1000;
            switch (m.group(1)) {
                case "setu_outbox_lag_seconds" -> {
                    if (m.group(2).contains("quantile=\"0.5\"")) p50 = v;
                    if (m.group(2).contains("quantile=\"0.99\"")) p99 = v;
                }
                case "setu_outbox_lag_seconds_max" -> max = v;
                default -> count = (long) (v / 1000);
            }
        }
        return new Lag(p50, p99, max, count);
    }
}
