package org.setu.kit.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * {@code GET /schemas/<area>/<event>.v<N>.json}: the JSON Schema an event's {@code dataschema} names, served by every
 * service from the events module, so a partner can fetch the contract from the platform it reads. The path is the
 * dataschema URI's path, and the schemas' relative {@code $ref}s resolve against it. Open without a token: the
 * schemas are the public contract and hold no data.
 */
@Path("/schemas/{area}/{file}")
@PermitAll
public class SchemaResource {

    // a closed shape, so that no path can climb out of the schemas folder
    private static final Pattern AREA = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern FILE = Pattern.compile("[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*\\.json");

    @GET
    @Produces("application/schema+json")
    @Operation(summary = "The JSON Schema of an event's data, as named by its CloudEvents dataschema")
    public byte[] schema(@PathParam("area") String area, @PathParam("file") String file) {
        if (!AREA.matcher(area).matches() || !FILE.matcher(file).matches()) throw new NotFoundException();
        try (InputStream in = SchemaResource.class.getClassLoader().getResourceAsStream("schemas/" + area + "/" + file)) {
            if (in == null) throw new NotFoundException();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
