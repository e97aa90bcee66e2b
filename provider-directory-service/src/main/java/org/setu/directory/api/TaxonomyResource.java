package org.setu.directory.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.setu.directory.app.Page;
import org.setu.directory.domain.Taxonomy;

import java.util.List;

/** The 13 Setu service categories (taxonomy {@code setu}) with English and Bangla labels. */
@Path("/api/v1/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomyResource {

    @GET
    public Page<Taxonomy.Term> terms() {
        List<Taxonomy.Term> terms = Taxonomy.terms();
        return new Page<>(terms, 0, terms.size(), terms.size());
    }
}
