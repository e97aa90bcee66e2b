package org.setu.events.vocabulary;

/**
 * The ILO/EC elements a screening's indicators raise, plus Setu's smuggling, vulnerability and
 * immediate-need groups. Not carried by events today (the trace stays in the screening service);
 * here so that every service spells the vocabulary of docs/api.md the same way.
 */
public enum Element {
    DECEPTIVE_RECRUITMENT,
    COERCIVE_RECRUITMENT,
    ABUSE_OF_VULNERABILITY_RECRUITMENT,
    EXPLOITATION,
    COERCION_AT_DESTINATION,
    ABUSE_OF_VULNERABILITY_AT_DESTINATION,
    SMUGGLING,
    VULNERABILITY,
    IMMEDIATE_NEED
}
