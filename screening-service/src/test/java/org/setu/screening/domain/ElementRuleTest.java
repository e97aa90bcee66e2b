package org.setu.screening.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.vocabulary.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ILO/EC rule for when an element is positive, as setu-core v1 states it in data. */
class ElementRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        one strong indicator alone is a sign, not a positive element       | 1 | 0 | 0 | false
        two strong indicators make the element positive                    | 2 | 0 | 0 | true
        one strong and one medium make it positive                         | 1 | 1 | 0 | true
        one strong and one weak make it positive                           | 1 | 0 | 1 | true
        three medium make it positive                                      | 0 | 3 | 0 | true
        two medium alone do not                                            | 0 | 2 | 0 | false
        two medium and one weak make it positive                           | 0 | 2 | 1 | true
        one medium and two weak do not                                     | 0 | 1 | 2 | false
        weak indicators alone never do                                     | 0 | 0 | 5 | false
        a strong indicator stands in for a medium one                      | 1 | 2 | 0 | true
        """)
    void theDefaultRule(String sentence, int strong, int medium, int weak, boolean positive) {
        List<Combination> rule = SetuCore.V1.ruleFor(Element.EXPLOITATION);
        assertThat(rule.stream().anyMatch(c -> c.metBy(strong, medium, weak))).isEqualTo(positive);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        SMUGGLING      | one strong smuggling indicator is enough         | 1 | 0 | 0 | true
        SMUGGLING      | one medium smuggling indicator is not            | 0 | 1 | 0 | false
        VULNERABILITY  | one medium and two weak factors are enough       | 0 | 1 | 2 | true
        IMMEDIATE_NEED | any immediate need counts, even a medium one     | 0 | 1 | 0 | true
        """)
    void elementsWithRulesOfTheirOwn(Element element, String sentence, int strong, int medium, int weak, boolean positive) {
        assertThat(SetuCore.V1.ruleFor(element).stream().anyMatch(c -> c.metBy(strong, medium, weak))).isEqualTo(positive);
    }
}
