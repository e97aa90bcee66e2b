package org.setu.screening.domain;

import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.Element;

/** How codes read in a trace. */
final class Words {

    private Words() {
    }

    static String of(Element e) {
        return switch (e) {
            case DECEPTIVE_RECRUITMENT -> "deceptive recruitment";
            case COERCIVE_RECRUITMENT -> "coercive recruitment";
            case ABUSE_OF_VULNERABILITY_RECRUITMENT -> "recruitment by abuse of vulnerability";
            case EXPLOITATION -> "exploitation";
            case COERCION_AT_DESTINATION -> "coercion at destination";
            case ABUSE_OF_VULNERABILITY_AT_DESTINATION -> "abuse of vulnerability at destination";
            case SMUGGLING -> "smuggling";
            case VULNERABILITY -> "vulnerability";
            case IMMEDIATE_NEED -> "immediate need";
        };
    }

    static String of(Classification c) {
        return switch (c) {
            case PRESUMED_TRAFFICKING_VICTIM -> "presumed victim of trafficking";
            case POSSIBLE_TRAFFICKING_VICTIM -> "possible victim of trafficking";
            case SMUGGLED_MIGRANT -> "smuggled migrant";
            case VULNERABLE_MIGRANT -> "vulnerable migrant";
            case NO_PROTECTION_NEED -> "no protection need";
        };
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
