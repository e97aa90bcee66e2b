package org.setu.kit.api;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every service reads its query parameters here: absent is "not given", a wrong one is a 400 that names it. */
class QueryParamsTest {

    @Test
    void anAbsentOrBlankParameterIsNotGiven() {
        assertThat(QueryParams.wholeNumber("size", " ", 20, 1, 100)).isEqualTo(20);
        assertThat(QueryParams.wholeNumber("age", null, 0, 130)).isNull();
        assertThat(QueryParams.uuid("caseId", "")).isNull();
        assertThat(QueryParams.oneOf("day", null, DayOfWeek.class)).isNull();
        assertThat(QueryParams.bool("open", null)).isNull();
        assertThat(QueryParams.text("  ")).isNull();
    }

    @Test
    void aGivenParameterIsReadWithoutItsSurroundingBlanks() {
        UUID id = UUID.randomUUID();
        assertThat(QueryParams.uuid("caseId", " " + id + " ")).isEqualTo(id);
        assertThat(QueryParams.oneOf("day", "MONDAY ", DayOfWeek.class)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(QueryParams.wholeNumber("page", " 3", 0, 0, 10)).isEqualTo(3);
        assertThat(QueryParams.bool("open", "TRUE")).isTrue();
        assertThat(QueryParams.text(" abc ")).isEqualTo("abc");
    }

    @Test
    void aWrongParameterIsRefusedByNameWithoutEchoingIt() {
        assertThatThrownBy(() -> QueryParams.wholeNumber("size", "secret", 20, 1, 100))
                .isInstanceOf(InvalidRequestException.class).hasMessage("must be a whole number");
        assertThatThrownBy(() -> QueryParams.wholeNumber("size", "500", 20, 1, 100)).hasMessage("must be between 1 and 100");
        assertThatThrownBy(() -> QueryParams.uuid("caseId", "secret")).hasMessage("must be a UUID");
        assertThatThrownBy(() -> QueryParams.oneOf("day", "secret", DayOfWeek.class))
                .hasMessageStartingWith("must be one of MONDAY, TUESDAY");
        assertThatThrownBy(() -> QueryParams.bool("open", "secret")).hasMessage("must be true or false");
        assertThatThrownBy(() -> QueryParams.requiredUuid("caseId", null)).hasMessage("is required");
        assertThatThrownBy(() -> QueryParams.requiredOneOf("day", " ", DayOfWeek.class)).hasMessage("is required");
    }
}
