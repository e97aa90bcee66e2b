package org.setu.directory.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.setu.directory.app.HsdsExportService;
import org.setu.directory.app.HsdsImportReport;
import org.setu.directory.app.HsdsImportSettings;
import org.setu.directory.app.HsdsPublisherImportService;
import org.setu.directory.app.RequestActor;
import org.setu.directory.app.TaxonomyMappingService;
import org.setu.kit.api.IfMatch;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.Languages;
import org.setu.kit.api.QueryParams;

/** The directory in Open Referral HSDS 3.1 form, for other HSDS tools, and back; and other publishers' HSDS documents. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class HsdsResource {

    @Inject
    HsdsExportService export;

    @Inject
    HsdsPublisherImportService importer;

    @Inject
    TaxonomyMappingService taxonomy;

    @Inject
    HsdsImportSettings settings;

    @Inject
    RequestActor requestActor;

    @Inject
    ObjectMapper json;

    @GET
    @Path("export/hsds")
    public ObjectNode export() {
        return export.export(requestActor.current());
    }

    @POST
    @Path("import/hsds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an HSDS 3.x document: Setu's own export, or any other publisher's (mapped, and reported record by record)")
    @APIResponse(responseCode = "200", description = "the report, record by record",
            content = @Content(schema = @Schema(implementation = HsdsImportReport.class)))
    @APIResponse(responseCode = "400", description = "not JSON, not HSDS, larger than the import takes, or a field of the wrong type; nothing is written")
    public HsdsImportReport importDirectory(
            @Parameter(description = "true: answer the report and write nothing", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "an HSDS 3.x document: a page with contents, an array of records, or one record")))
            byte[] body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean dry = Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun));
        return importer.importDocument(requestActor.current(), document(body, "an HSDS document (JSON)"), dry,
                Languages.preferred(acceptLanguage));
    }

    @GET
    @Path("import/hsds/taxonomy-mapping")
    @Operation(summary = "The mapping in force from publishers' taxonomy terms to Setu's service categories (directory admins); ETag is its version, 0 for the built-in file")
    @APIResponse(responseCode = "200", description = "the mapping in force, in the shape of hsds/taxonomy-mapping.json; ETag is its version",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    public Response taxonomyMapping() {
        return withTag(taxonomy.read(requestActor.current()));
    }

    @PUT
    @Path("import/hsds/taxonomy-mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the taxonomy mapping (directory admins): the next import, dry run or real, maps with it")
    @APIResponse(responseCode = "200", description = "the mapping now in force; ETag is its new version",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "not JSON, or an entry of the wrong shape or naming no Setu category (the error names it); nothing is written")
    @APIResponse(responseCode = "409", description = "If-Match is not the version in force (currentVersion): someone changed it meanwhile; nothing is written")
    @APIResponse(responseCode = "428", description = "no If-Match: send the version you read")
    public Response replaceTaxonomyMapping(
            @Parameter(description = "the version you read (the ETag of GET), e.g. \"3\"; \"0\" while the built-in file is in force")
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "the mapping, in the shape of hsds/taxonomy-mapping.json: vocabularies and words")))
            byte[] body) {
        return withTag(taxonomy.replace(requestActor.current(), version(ifMatch), document(body, "a taxonomy mapping (JSON)")));
    }

    @DELETE
    @Path("import/hsds/taxonomy-mapping")
    @Operation(summary = "Go back to the built-in taxonomy mapping (directory admins); the edits stay in the history")
    @APIResponse(responseCode = "200", description = "the built-in mapping, now in force; ETag is its new version",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "409", description = "If-Match is not the version in force (currentVersion)")
    @APIResponse(responseCode = "428", description = "no If-Match: send the version you read")
    public Response resetTaxonomyMapping(
            @Parameter(description = "the version you read (the ETag of GET), e.g. \"3\"")
            @HeaderParam("If-Match") String ifMatch) {
        return withTag(taxonomy.reset(requestActor.current(), version(ifMatch)));
    }

    private static Response withTag(TaxonomyMappingService.InForce m) {
        return Response.ok(m.document()).tag(new EntityTag(Long.toString(m.version()))).build();
    }

    private static Long version(String ifMatch) {
        return IfMatch.version(ifMatch, "taxonomy mapping");
    }

    /** The body as JSON: too large, empty or not JSON is a 400 naming the body, never echoing it (an import or a mapping). */
    private JsonNode document(byte[] body, String what) {
        if (body == null || body.length == 0) throw new InvalidRequestException("body", "must be " + what);
        if (body.length > settings.maxBytes()) {
            throw new InvalidRequestException("body", "is larger than the " + settings.maxBytes() + " bytes one import may hold; split the document");
        }
        try {
            JsonNode n = json.readTree(body);
            if (n == null || n.isMissingNode()) throw new InvalidRequestException("body", "must be " + what);
            return n;
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidRequestException("body", "is not JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (java.io.IOException e) {
            throw new InvalidRequestException("body", "could not be read as JSON");
        }
    }
}
