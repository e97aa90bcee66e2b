package org.setu.screening.domain.abroad;

/**
 * Where an agency works: {@code BD} (with or without a city) is Bangladesh, any other ISO 3166-1 alpha-2 code is
 * abroad, with the city of its office. An agency that never said counts as in Bangladesh, as every agency did before.
 */
public record AgencyLocation(String country, String city) {

    public static final String BANGLADESH = "BD";
    public static final AgencyLocation IN_BANGLADESH = new AgencyLocation(BANGLADESH, null);

    public boolean abroad() {
        return !BANGLADESH.equals(country);
    }
}
