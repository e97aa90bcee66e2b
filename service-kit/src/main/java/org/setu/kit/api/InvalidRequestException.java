package org.setu.kit.api;

/**
 * A request field that bean validation cannot judge (a query parameter that must parse as a time, a cursor
 * that must be one we issued), answered as a 400 problem naming the field. The message says what is
 * expected and never repeats the value.
 */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
