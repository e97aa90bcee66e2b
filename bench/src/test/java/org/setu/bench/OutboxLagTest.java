package org.setu.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxLagTest {

    @Test
    void theRelaysPercentilesAreReadFromPrometheusTextInMilliseconds() {
        String metrics = """
                # HELP setu_outbox_lag_seconds time from an event's commit to the broker's acknowledgement
                # TYPE setu_outbox_lag_seconds summary
                setu_outbox_lag_seconds{quantile="0.5"} 0.012582912
                setu_outbox_lag_seconds{quantile="0.99"} 0.071303168
                setu_outbox_lag_seconds_count 1234.0
                setu_outbox_lag_seconds_sum 20.5
                # TYPE setu_outbox_lag_seconds_max gauge
                setu_outbox_lag_seconds_max 0.2
                setu_outbox_backlog 0.0
                """;

        OutboxLag.Lag lag = OutboxLag.parse(metrics);

        assertThat(lag.p50()).isCloseTo(12.58, org.assertj.core.data.Offset.offset(0.01));
        assertThat(lag.p99()).isCloseTo(71.30, org.assertj.core.data.Offset.offset(0.01));
        assertThat(lag.max()).isCloseTo(200, org.assertj.core.data.Offset.offset(0.01));
        assertThat(lag.count()).isEqualTo(1234);
    }
}
