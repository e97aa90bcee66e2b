package org.setu.directory.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.setu.directory.app.GeographyService;
import org.setu.directory.app.Page;
import org.setu.directory.domain.geo.AdminUnit;
import org.setu.directory.domain.geo.GeoLevel;
import org.setu.directory.domain.geo.Geography;
import org.setu.events.directory.LocalizedText;
import org.setu.kit.api.InvalidRequestException;

import java.util.List;

/** Bangladesh's divisions, districts, upazilas and unions, with English and Bangla names, filtered by parent. */
@Path("/api/v1/geography")
@Produces(MediaType.APPLICATION_JSON)
public class GeographyResource {

    private static final int DEFAULT_SIZE = 1000;
    private static final int MAX_SIZE = 5000;

    /** @param parentId the code of the unit above (null for a division); also under its level's own name */
    public record Unit(String id, LocalizedText name, String parentId, String divisionId, String districtId,
                       String upazilaId, Double latitude, Double longitude) {
    }

    @Inject
    GeographyService geography;

    @GET
    @Path("divisions")
    public Page<Unit> divisions(@QueryParam("page") String page, @QueryParam("size") String size) {
        return list(GeoLevel.DIVISION, null, null, page, size);
    }

    @GET
    @Path("districts")
    public Page<Unit> districts(@QueryParam("divisionId") String divisionId, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        return list(GeoLevel.DISTRICT, "divisionId", divisionId, page, size);
    }

    @GET
    @Path("upazilas")
    public Page<Unit> upazilas(@QueryParam("districtId") String districtId, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        return list(GeoLevel.UPAZILA, "districtId", districtId, page, size);
    }

    @GET
    @Path("unions")
    public Page<Unit> unions(@QueryParam("upazilaId") String upazilaId, @QueryParam("page") String page,
                             @QueryParam("size") String size) {
        return list(GeoLevel.UNION, "upazilaId", upazilaId, page, size);
    }

    private Page<Unit> list(GeoLevel level, String parentField, String parentId, String pageParam, String sizeParam) {
        Geography geo = geography.geography();
        String parent = parentId == null || parentId.isBlank() ? null : parentId.strip();
        if (parent != null && !geo.exists(Geography.parentLevel(level), parent)) {
            throw new InvalidRequestException(parentField, "is not a known " + Geography.parentLevel(level).name().toLowerCase() + " code");
        }
        int page = Paging.page(pageParam);
        int size = Paging.size(sizeParam, DEFAULT_SIZE, MAX_SIZE);
        List<AdminUnit> all = geo.list(level, parent);
        List<Unit> items = all.stream().skip((long) page * size).limit(size).map(u -> unit(geo, u)).toList();
        return new Page<>(items, page, size, all.size());
    }

    private static Unit unit(Geography geo, AdminUnit u) {
        String division = null;
        String district = null;
        String upazila = null;
        for (AdminUnit above : geo.lineage(u.level(), u.id()).subList(1, geo.lineage(u.level(), u.id()).size())) {
            switch (above.level()) {
                case DIVISION -> division = above.id();
                case DISTRICT -> district = above.id();
                case UPAZILA -> upazila = above.id();
                default -> { }
            }
        }
        return new Unit(u.id(), new LocalizedText(u.nameEn(), u.nameBn()), u.parentId(), division, district, upazila,
                u.latitude(), u.longitude());
    }
}
