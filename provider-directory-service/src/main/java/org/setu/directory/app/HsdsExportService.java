package org.setu.directory.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.directory.domain.Actor;
import org.setu.directory.domain.Location;
import org.setu.directory.domain.Organization;
import org.setu.directory.domain.ProviderService;
import org.setu.directory.domain.Taxonomy;
import org.setu.directory.domain.geo.AdminUnit;
import org.setu.directory.domain.geo.GeoLevel;
import org.setu.directory.domain.geo.Geography;
import org.setu.directory.persistence.ImportSourceRepository;
import org.setu.directory.persistence.LocationRepository;
import org.setu.directory.persistence.OrganizationRepository;
import org.setu.directory.persistence.ServiceRepository;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.ReferralContact;
import org.setu.events.WebAddresses;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

/**
 * The directory as HSDS 3.1: one page (the HSDS API's paginated shape) whose {@code contents} are complete
 * organizations, each with its locations and its services. Confidential addresses are left out for readers who
 * may not see them, exactly as in the API.
 */
@ApplicationScoped
public class HsdsExportService {

    @Inject
    OrganizationRepository organizations;

    @Inject
    LocationRepository locations;

    @Inject
    ServiceRepository services;

    @Inject
    GeographyService geography;

    @Inject
    ImportSourceRepository importSources;

    @Inject
    ObjectMapper json;

    public ObjectNode export(Actor reader) {
        Map<String, String> sources = importSources.all();
        ObjectNode page = json.createObjectNode();
        ArrayNode contents = json.createArrayNode();
        for (Organization o : organizations.all()) {
            List<Location> locs = locations.ofOrganization(o.id()).stream()
                    .map(l -> DirectoryReadService.visibleTo(reader, l)).toList();
            List<ProviderService> svcs = services.findAll(services.idsOfOrganization(o.id()));
            contents.add(organization(o, locs, svcs, sources));
        }
        page.put("total_items", contents.size());
        page.put("total_pages", 1);
        page.put("page_number", 1);
        page.put("size", contents.size());
        page.put("first_page", true);
        page.put("last_page", true);
        page.put("empty", contents.isEmpty());
        page.set("contents", contents);
        return page;
    }

    private ObjectNode organization(Organization o, List<Location> locs, List<ProviderService> svcs, Map<String, String> sources) {
        ObjectNode n = json.createObjectNode();
        n.put("id", o.id().toString());
        n.put("name", o.name().en());
        putIf(n, "alternate_name", o.name().bn());
        n.put("description", o.description() != null ? o.description().en() : o.name().en());
        putIf(n, "email", ascii(o.email(), WebAddresses::email));
        putIf(n, "website", ascii(o.website(), WebAddresses::httpUrl));
        ArrayNode phones = n.putArray("phones");
        if (o.phone() != null) {
            ObjectNode p = phones.addObject();
            p.put("id", Hsds.id(o.id(), "phone").toString());
            p.put("organization_id", o.id().toString());
            p.put("number", o.phone());
        }
        ArrayNode attrs = n.putArray("attributes");
        if (o.description() != null && o.description().bn() != null) {
            attrs.add(profile(o.id(), "organization", Hsds.DESCRIPTION_BN, o.description().bn()));
        }
        if (o.sample()) attrs.add(profile(o.id(), "organization", Hsds.SAMPLE, "true"));
        source(attrs, sources, o.id(), "organization");
        ArrayNode locations = n.putArray("locations");
        for (Location l : locs) locations.add(location(l, sources));
        ArrayNode services = n.putArray("services");
        for (ProviderService s : svcs) services.add(service(s, sources));
        return n;
    }

    private ObjectNode location(Location l, Map<String, String> sources) {
        Geography geo = geography.geography();
        ObjectNode n = json.createObjectNode();
        n.put("id", l.id().toString());
        n.put("location_type", "physical");
        n.put("organization_id", l.organizationId().toString());
        n.put("name", l.name().en());
        putIf(n, "alternate_name", l.name().bn());
        if (l.latitude() != null) n.put("latitude", l.latitude());
        if (l.longitude() != null) n.put("longitude", l.longitude());
        ArrayNode addresses = n.putArray("addresses");
        if (l.address() != null) {
            ObjectNode a = addresses.addObject();
            a.put("id", Hsds.id(l.id(), "address").toString());
            a.put("location_id", l.id().toString());
            a.put("address_1", nz(l.address().line()));
            a.put("city", nz(l.address().city()));
            a.put("region", geo.find(GeoLevel.DIVISION, l.area().divisionId()).map(AdminUnit::nameEn).orElse(""));
            a.put("state_province", geo.find(GeoLevel.DISTRICT, l.area().districtId()).map(AdminUnit::nameEn).orElse(""));
            a.put("postal_code", nz(l.address().postalCode()));
            a.put("country", "BD");
            a.put("address_type", "physical");
        }
        ArrayNode attrs = n.putArray("attributes");
        attrs.add(profile(l.id(), "location", Hsds.DIVISION, l.area().divisionId()));
        attrs.add(profile(l.id(), "location", Hsds.DISTRICT, l.area().districtId()));
        if (l.area().upazilaId() != null) attrs.add(profile(l.id(), "location", Hsds.UPAZILA, l.area().upazilaId()));
        if (l.area().unionId() != null) attrs.add(profile(l.id(), "location", Hsds.UNION, l.area().unionId()));
        if (l.confidential()) attrs.add(profile(l.id(), "location", Hsds.CONFIDENTIAL, "true"));
        source(attrs, sources, l.id(), "location");
        return n;
    }

    private ObjectNode service(ProviderService s, Map<String, String> sources) {
        String id = s.id().toString();
        ObjectNode n = json.createObjectNode();
        n.put("id", id);
        n.put("organization_id", s.organizationId().toString());
        n.put("name", s.name().en());
        putIf(n, "alternate_name", s.name().bn());
        if (s.description() != null) n.put("description", s.description().en());
        n.put("status", "active");
        n.put("email", ascii(s.referralContact().email(), WebAddresses::email));
        if (s.eligibility().minAge() != null) n.put("minimum_age", s.eligibility().minAge());
        if (s.eligibility().maxAge() != null) n.put("maximum_age", s.eligibility().maxAge());
        n.put("last_modified", s.updatedAt().toString());

        ArrayNode languages = n.putArray("languages");
        for (String code : s.languages()) {
            ObjectNode l = languages.addObject();
            l.put("id", Hsds.id(id, "language/" + code).toString());
            l.put("service_id", id);
            l.put("code", code);
            l.put("name", new Locale(code).getDisplayLanguage(Locale.ENGLISH));
        }
        ArrayNode areas = n.putArray("service_areas");
        for (Coverage c : s.coverage()) {
            ObjectNode a = areas.addObject();
            String code = c.level() == CoverageLevel.NATIONAL ? "national" : c.level().name().toLowerCase() + ":" + c.id();
            a.put("id", Hsds.id(id, "area/" + code).toString());
            a.put("service_id", id);
            a.put("name", areaName(c));
            a.put("uri", Hsds.AREA_URI + code);
        }
        ArrayNode capacities = n.putArray("capacities");
        if (s.capacity() != null) {
            Capacity c = s.capacity();
            ObjectNode cap = capacities.addObject();
            cap.put("id", Hsds.id(id, "capacity").toString());
            cap.put("service_id", id);
            ObjectNode unit = cap.putObject("unit");
            unit.put("id", Hsds.id("setu", "unit/" + c.unit()).toString());
            unit.put("name", c.unit().name().toLowerCase());
            unit.put("scheme", Hsds.TAXONOMY);
            unit.put("identifier", c.unit().name());
            cap.put("available", c.available());
            cap.put("maximum", c.total());
            cap.put("updated", s.updatedAt().toString());
        }
        ReferralContact rc = s.referralContact();
        ObjectNode contact = n.putArray("contacts").addObject();
        contact.put("id", Hsds.id(id, "referral-contact").toString());
        contact.put("service_id", id);
        contact.put("title", "Referral focal point");
        contact.put("email", ascii(rc.email(), WebAddresses::email));
        ArrayNode contactPhones = contact.putArray("phones");
        if (rc.phone() != null) {
            ObjectNode p = contactPhones.addObject();
            p.put("id", Hsds.id(id, "referral-phone").toString());
            p.put("contact_id", contact.get("id").asText());
            p.put("number", rc.phone());
            p.put("type", "sms");
        }
        ArrayNode schedules = n.putArray("schedules");
        if (s.schedule() != null) {
            ObjectNode sch = schedules.addObject();
            sch.put("id", Hsds.id(id, "schedule").toString());
            sch.put("service_id", id);
            sch.put("description", s.schedule().en());
        }
        ArrayNode at = n.putArray("service_at_locations");
        for (UUID loc : s.locationIds()) {
            ObjectNode sal = at.addObject();
            sal.put("id", Hsds.id(id, "at/" + loc).toString());
            sal.put("service_id", id);
            sal.put("location_id", loc.toString());
        }
        ArrayNode attrs = n.putArray("attributes");
        attrs.add(category(s));
        if (s.description() != null && s.description().bn() != null) attrs.add(profile(id, "service", Hsds.DESCRIPTION_BN, s.description().bn()));
        if (s.schedule() != null && s.schedule().bn() != null) attrs.add(profile(id, "service", Hsds.SCHEDULE_BN, s.schedule().bn()));
        s.eligibility().genders().forEach(g -> attrs.add(profile(id, "service", Hsds.GENDER, g.name())));
        s.eligibility().victimCategories().forEach(v -> attrs.add(profile(id, "service", Hsds.VICTIM_CATEGORY, v.name())));
        s.eligibility().nationalities().forEach(c -> attrs.add(profile(id, "service", Hsds.NATIONALITY, c)));
        attrs.add(profile(id, "service", Hsds.ACCEPTING_REFERRALS, Boolean.toString(s.acceptingReferrals())));
        attrs.add(profile(id, "service", Hsds.CONTACT_LANGUAGE, rc.language()));
        if (rc.webhookUrl() != null) attrs.add(profile(id, "service", Hsds.WEBHOOK_URL, rc.webhookUrl()));
        source(attrs, sources, id, "service");
        return n;
    }

    private String areaName(Coverage c) {
        if (c.level() == CoverageLevel.NATIONAL) return "Bangladesh";
        return geography.geography().find(GeoLevel.valueOf(c.level().name()), c.id())
                .map(u -> u.nameEn() + " " + c.level().name().charAt(0) + c.level().name().substring(1).toLowerCase())
                .orElse(c.id());
    }

    private ObjectNode category(ProviderService s) {
        Taxonomy.Term t = Taxonomy.of(s.category());
        ObjectNode a = json.createObjectNode();
        a.put("id", Hsds.id(s.id(), "category").toString());
        a.put("link_id", s.id().toString());
        a.put("link_type", "service");
        a.put("link_entity", "service");
        ObjectNode term = a.putObject("taxonomy_term");
        term.put("id", Hsds.id(Hsds.TAXONOMY, s.category().name()).toString());
        term.put("code", s.category().name());
        term.put("name", t.label().en());
        term.put("description", t.description().en());
        term.put("taxonomy", Hsds.TAXONOMY);
        a.put("taxonomy_term_id", term.get("id").asText());
        a.put("value", s.category().name());
        return a;
    }

    /** The publisher's own id of a record imported from another HSDS publisher (attribute {@code source_id}). */
    private void source(ArrayNode attrs, Map<String, String> sources, Object id, String kind) {
        String source = sources.get(kind + "/" + id);
        if (source != null) attrs.add(profile(id, kind, Hsds.SOURCE_ID, source));
    }

    private ObjectNode profile(Object owner, String entity, String code, String value) {
        ObjectNode a = json.createObjectNode();
        a.put("id", Hsds.id(owner, "attr/" + code + "/" + value).toString());
        a.put("link_id", owner.toString());
        a.put("link_type", entity);
        a.put("link_entity", entity);
        ObjectNode term = a.putObject("taxonomy_term");
        term.put("id", Hsds.id(Hsds.PROFILE, code).toString());
        term.put("code", code);
        term.put("name", code.replace('_', ' '));
        term.put("description", "Setu profile: " + code.replace('_', ' '));
        term.put("taxonomy", Hsds.PROFILE);
        a.put("taxonomy_term_id", term.get("id").asText());
        a.put("value", value);
        return a;
    }

    private static void putIf(ObjectNode n, String field, String value) {
        if (value != null) n.put(field, value);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Rows written before addresses were parsed on input may hold an internationalised domain as typed; HSDS's
     * {@code format: uri} and {@code format: email} need ASCII, so the export converts what it can and keeps the rest.
     */
    private static String ascii(String value, java.util.function.Function<String, java.util.Optional<String>> parser) {
        return value == null ? null : parser.apply(value).orElse(value);
    }
}
