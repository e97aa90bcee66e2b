package org.setu.screening.domain;

/** How a question is answered, and so which JSON value an answer must be. */
public enum QuestionType {
    /** true or false */
    BOOLEAN,
    /** one option value, a string */
    SINGLE_CHOICE,
    /** a list of option values */
    MULTI_CHOICE,
    /** a number */
    NUMBER,
    /** a date, YYYY-MM-DD */
    DATE,
    /** free text, kept encrypted like the rest of the answers */
    TEXT
}
