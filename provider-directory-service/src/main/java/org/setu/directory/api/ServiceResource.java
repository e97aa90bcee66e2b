package org.setu.directory.api;

import org.setu.kit.api.QueryParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.setu.directory.app.DirectoryReadService;
import org.setu.directory.app.DirectoryWriteService;
import org.setu.directory.app.GeographyService;
import org.setu.directory.app.Page;
import org.setu.directory.app.RequestActor;
import org.setu.directory.app.SearchHit;
import org.setu.directory.domain.Places;
import org.setu.directory.domain.ProviderService;
import org.setu.directory.domain.SearchCriteria;
import org.setu.directory.domain.geo.GeoLevel;
import org.setu.directory.domain.geo.Geography;
import org.setu.events.directory.Coverage;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.VictimCategory;
import org.setu.kit.api.IdempotencyKeys;
import org.setu.kit.api.InvalidRequestException;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Services (HSDS service): the search that case workers and routing use, and their upkeep. */
@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceResource {

    @Inject
    DirectoryReadService reads;

    @Inject
    DirectoryWriteService writes;

    @Inject
    RequestActor requestActor;

    @Inject
    GeographyService geography;

    @Inject
    IdempotencyKeys idempotency;

    /**
     * The search. A place filter (the finest of upazilaId, districtId, divisionId) matches services that cover the
     * place or an area above it, closest coverage first; every other filter narrows the result.
     */
    @GET
    public Page<ServiceJson.View> search(@QueryParam("category") String category, @QueryParam("divisionId") String divisionId,
                                         @QueryParam("districtId") String districtId, @QueryParam("upazilaId") String upazilaId,
                                         @QueryParam("gender") String gender, @QueryParam("age") String age,
                                         @QueryParam("victimCategory") String victimCategory,
                                         @QueryParam("language") String language,
                                         @QueryParam("acceptingReferrals") String acceptingReferrals,
                                         @QueryParam("hasCapacity") String hasCapacity, @QueryParam("q") String q,
                                         @QueryParam("organizationId") String organizationId,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        if (language != null && !language.isBlank() && !language.strip().matches("[a-z]{2,3}")) {
            throw new InvalidRequestException("language", "must be an ISO 639 code such as bn");
        }
        if (q != null && q.length() > 200) throw new InvalidRequestException("q", "must be at most 200 characters");
        SearchCriteria criteria = new SearchCriteria(
                QueryParams.oneOf("category", category, ServiceCategory.class),
                place(divisionId, districtId, upazilaId),
                QueryParams.oneOf("gender", gender, Sex.class),
                QueryParams.wholeNumber("age", age, 0, 130),
                QueryParams.oneOf("victimCategory", victimCategory, VictimCategory.class),
                language == null || language.isBlank() ? null : language.strip(),
                QueryParams.bool("acceptingReferrals", acceptingReferrals),
                QueryParams.bool("hasCapacity", hasCapacity),
                q == null || q.isBlank() ? null : q,
                QueryParams.uuid("organizationId", organizationId),
                Paging.page(page), Paging.size(size, Paging.DEFAULT_SIZE, Paging.MAX_SIZE));
        Page<SearchHit> found = reads.search(criteria);
        return new Page<>(found.items().stream().map(ServiceJson.View::of).toList(), found.page(), found.size(),
                found.totalItems());
    }

    /** The finest place given, after checking each code and that they nest. */
    private List<Coverage> place(String divisionId, String districtId, String upazilaId) {
        Geography geo = geography.geography();
        String division = blank(divisionId);
        String district = blank(districtId);
        String upazila = blank(upazilaId);
        known(geo, GeoLevel.DIVISION, "divisionId", division);
        known(geo, GeoLevel.DISTRICT, "districtId", district);
        known(geo, GeoLevel.UPAZILA, "upazilaId", upazila);
        if (upazila != null && district != null && !geo.within(GeoLevel.UPAZILA, upazila, GeoLevel.DISTRICT, district)) {
            throw new InvalidRequestException("upazilaId", "is not in the district");
        }
        if (district != null && division != null && !geo.within(GeoLevel.DISTRICT, district, GeoLevel.DIVISION, division)) {
            throw new InvalidRequestException("districtId", "is not in the division");
        }
        if (upazila != null && division != null && !geo.within(GeoLevel.UPAZILA, upazila, GeoLevel.DIVISION, division)) {
            throw new InvalidRequestException("upazilaId", "is not in the division");
        }
        if (upazila != null) return Places.servedBy(geo, GeoLevel.UPAZILA, upazila);
        if (district != null) return Places.servedBy(geo, GeoLevel.DISTRICT, district);
        if (division != null) return Places.servedBy(geo, GeoLevel.DIVISION, division);
        return null;
    }

    private static void known(Geography geo, GeoLevel level, String field, String id) {
        if (id != null && !geo.exists(level, id)) {
            throw new InvalidRequestException(field, "is not a known " + level.name().toLowerCase() + " code");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @GET
    @Path("{id}")
    public ServiceJson.View get(@PathParam("id") UUID id) {
        return ServiceJson.View.of(reads.service(id));
    }

    @POST
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull @Valid ServiceJson.Request body) {
        return idempotency.respond(key, body, () -> {
            ProviderService created = writes.createService(requestActor.current(), body.domain(UUID.randomUUID()));
            return Response.created(URI.create("/api/v1/services/" + created.id()))
                    .entity(ServiceJson.View.of(created)).build();
        });
    }

    @PUT
    @Path("{id}")
    public ServiceJson.View update(@PathParam("id") UUID id, @NotNull @Valid ServiceJson.Request body) {
        return ServiceJson.View.of(writes.updateService(requestActor.current(), id, body.domain(id)));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") UUID id) {
        writes.removeService(requestActor.current(), id);
        return Response.noContent().build();
    }

    /** Provider staff keep their own services' free capacity current. */
    @PUT
    @Path("{id}/capacity")
    public ServiceJson.View capacity(@PathParam("id") UUID id, @NotNull @Valid ServiceJson.CapacityJson body) {
        return ServiceJson.View.of(writes.updateCapacity(requestActor.current(), id, body.domain()));
    }
}
