package org.setu.screening.domain.abroad;

/**
 * Where a screening abroad took place: a country (ISO 3166-1 alpha-2, never {@code BD}) and a city. The city names a
 * place the agency works in, not the person's address, but it stays out of events all the same.
 */
public record Abroad(String country, String city) {
}
