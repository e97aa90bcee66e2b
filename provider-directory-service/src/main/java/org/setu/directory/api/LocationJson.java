package org.setu.directory.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.setu.directory.domain.Location;
import org.setu.events.directory.LocalizedText;

import java.util.UUID;

public final class LocationJson {

    static final String GEO_CODE = "^[A-Za-z0-9-]{1,32}$";
    static final String GEO_MESSAGE = "must be a code of the geography API";

    private LocationJson() {
    }

    public record Address(@Size(max = 300) String line, @Size(max = 100) String city, @Size(max = 20) String postalCode) {
    }

    public record Area(@Pattern(regexp = GEO_CODE, message = GEO_MESSAGE) String divisionId,
                       @NotBlank @Pattern(regexp = GEO_CODE, message = GEO_MESSAGE) String districtId,
                       @Pattern(regexp = GEO_CODE, message = GEO_MESSAGE) String upazilaId,
                       @Pattern(regexp = GEO_CODE, message = GEO_MESSAGE) String unionId) {
    }

    /** @param confidential a shelter for victims: its address and coordinates are shown only to those who need them */
    public record Request(@NotNull UUID organizationId, @NotNull @Valid TextJson.Name name, @Valid Address address,
                          @NotNull @Valid Area area,
                          @DecimalMin("-90") @DecimalMax("90") Double latitude,
                          @DecimalMin("-180") @DecimalMax("180") Double longitude,
                          boolean confidential) {

        Location domain(UUID id) {
            Location.Address a = address == null ? null : new Location.Address(address.line(), address.city(), address.postalCode());
            return new Location(id, organizationId, TextJson.of(name), a,
                    new Location.Area(area.divisionId(), area.districtId(), area.upazilaId(), area.unionId()),
                    latitude, longitude, confidential);
        }
    }

    /** A confidential location seen by a reader without the need comes without address and coordinates. */
    public record View(UUID id, UUID organizationId, LocalizedText name, Address address, Area area, Double latitude,
                       Double longitude, boolean confidential) {
        static View of(Location l) {
            Location.Address a = l.address();
            return new View(l.id(), l.organizationId(), l.name(),
                    a == null ? null : new Address(a.line(), a.city(), a.postalCode()),
                    new Area(l.area().divisionId(), l.area().districtId(), l.area().upazilaId(), l.area().unionId()),
                    l.latitude(), l.longitude(), l.confidential());
        }
    }
}
