package org.setu.bench;

import org.postgresql.PGConnection;
import org.setu.devstack.Postgres;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.vocabulary.ServiceCategory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A generated directory of many services, written with COPY straight into the directory's tables and the referral
 * service's read model of it (the same services in both, as the directory's events would have made them), and
 * removed again afterwards. Loading 100,000 services this way takes seconds; through the API it would take the
 * length of the whole benchmark.
 *
 * <p>Every generated row belongs to an organisation whose id starts with {@link #ID_PREFIX} and whose e-mail is
 * at {@code bench.setu.example.org}, so that {@link #remove} finds them all, even after a run that crashed.
 */
final class GeneratedDirectory {

    static final String ID_PREFIX = "be5c0000-";
    private static final int ORGANISATIONS = 100;

    /** An upazila with its district and division: the codes of the directory's geography. */
    record Upazila(String id, String district, String division) {
    }

    private GeneratedDirectory() {
    }

    /** The directory's geography, read from its CSV files in the repository. */
    static List<Upazila> upazilas(Path repoRoot) throws IOException {
        Path geo = repoRoot.resolve("provider-directory-service/src/main/resources/geography");
        java.util.Map<String, String> divisionOf = new java.util.HashMap<>();
        for (String line : Files.readAllLines(geo.resolve("districts.csv"), StandardCharsets.UTF_8)) {
            String[] c = cols(line);
            if (c.length > 1) divisionOf.put(c[0], c[1]);
        }
        List<Upazila> out = new ArrayList<>();
        for (String line : Files.readAllLines(geo.resolve("upazilas.csv"), StandardCharsets.UTF_8)) {
            String[] c = cols(line);
            if (c.length > 1 && divisionOf.containsKey(c[1])) out.add(new Upazila(c[0], c[1], divisionOf.get(c[1])));
        }
        return out;
    }

    private static String[] cols(String line) {
        String[] c = line.split(",", 3);
        for (int i = 0; i < c.length; i++) c[i] = c[i].replace("\"", "").trim();
        return c;
    }

    /** Writes {@code count} services; answers the seconds it took. */
    static double load(Postgres pg, List<Upazila> upazilas, int count) throws SQLException, IOException {
        long t0 = System.nanoTime();
        remove(pg);
        Random r = new Random(2026);
        StringBuilder orgs = new StringBuilder();
        for (int o = 0; o < ORGANISATIONS; o++) {
            orgs.append(organisation(o)).append("\tBench organisation ").append(o).append(" (generated)\t\\N\t\\N\t\\N\tbench-")
                    .append(o).append("@bench.setu.example.org\t\\N\t\\N\tfalse\tnow\n");
        }
        StringBuilder services = new StringBuilder();
        StringBuilder coverage = new StringBuilder();
        StringBuilder readModel = new StringBuilder();
        ServiceCategory[] categories = ServiceCategory.values();
        for (int i = 0; i < count; i++) {
            UUID id = service(i);
            UUID org = organisation(i % ORGANISATIONS);
            ServiceCategory category = categories[i % categories.length];
            Upazila u = upazilas.get(r.nextInt(upazilas.size()));
            int roll = r.nextInt(100);
            CoverageLevel level = roll < 3 ? CoverageLevel.NATIONAL : roll < 15 ? CoverageLevel.DIVISION
                    : roll < 60 ? CoverageLevel.DISTRICT : CoverageLevel.UPAZILA;
            String area = switch (level) {
                case NATIONAL -> "";
                case DIVISION -> u.division();
                case DISTRICT -> u.district();
                default -> u.id();
            };
            Integer minAge = r.nextInt(5) == 0 ? 18 : null;
            boolean women = r.nextInt(6) == 0;
            int free = r.nextInt(10);
            boolean accepting = r.nextInt(20) != 0;
            String name = "Bench " + category.name().toLowerCase().replace('_', ' ') + " service " + i + " (generated)";
            String email = "service-" + i + "@bench.setu.example.org";
            services.append(id).append('\t').append(org).append("\t1\t").append(name).append("\t\\N\t\\N\t\\N\t")
                    .append(category.name()).append('\t').append(women ? "{FEMALE}" : "{}").append('\t')
                    .append(minAge == null ? "\\N" : minAge).append("\t\\N\t{}\t{}\t{bn}\t").append(free).append('\t')
                    .append(Math.max(10, free)).append("\tSLOTS\t").append(accepting).append('\t').append(email)
                    .append("\t\\N\t\\N\tbn\t\\N\t\\N\t").append(name.toLowerCase()).append("\tnow\n");
            coverage.append(id).append('\t').append(level.name()).append('\t').append(area).append('\t')
                    .append(category.name()).append('\n');
            String key = category.name() + "|" + level.name() + (level == CoverageLevel.NATIONAL ? "" : ":" + area);
            String snapshot = "{\"id\":\"" + id + "\",\"organizationId\":\"" + org + "\",\"version\":1,\"name\":{\"en\":\""
                    + name + "\",\"bn\":null},\"category\":\"" + category.name() + "\",\"coverage\":[{\"level\":\""
                    + level.name() + "\",\"id\":" + (level == CoverageLevel.NATIONAL ? "null" : "\"" + area + "\"")
                    + "}],\"eligibility\":{\"genders\":" + (women ? "[\"FEMALE\"]" : "[]") + ",\"minAge\":"
                    + (minAge == null ? "null" : minAge) + ",\"maxAge\":null,\"victimCategories\":[],\"nationalities\":[]},"
                    + "\"languages\":[\"bn\"],\"capacity\":{\"available\":" + free + ",\"total\":" + Math.max(10, free)
                    + ",\"unit\":\"SLOTS\"},\"acceptingReferrals\":" + accepting + ",\"referralContact\":{\"email\":\""
                    + email + "\",\"phone\":null,\"webhookUrl\":null,\"language\":\"bn\"}}";
            readModel.append(id).append('\t').append(org).append("\t1\t").append(category.name()).append("\t{\"")
                    .append(key.replace("\"", "\\\"")).append("\"}\tfalse\t").append(snapshot).append("\tnow\n");
        }
        try (Connection c = pg.connect("setu_directory")) {
            copy(c, "organization (id, name_en, name_bn, description_en, description_bn, email, website, phone, sample, updated_at)", orgs);
            copy(c, "directory_service (id, organization_id, version, name_en, name_bn, description_en, description_bn, category, "
                    + "genders, min_age, max_age, victim_categories, nationalities, languages, capacity_available, capacity_total, "
                    + "capacity_unit, accepting_referrals, contact_email, contact_phone, contact_webhook, contact_language, "
                    + "schedule_en, schedule_bn, search_text, updated_at)", services);
            copy(c, "service_coverage (service_id, level, area_id, category)", coverage);
            vacuum(c, "organization", "directory_service", "service_coverage");
        }
        try (Connection c = pg.connect("setu_referral")) {
            copy(c, "directory_service (id, organization_id, version, category, coverage_keys, removed, snapshot, updated_at)", readModel);
            vacuum(c, "directory_service");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * Removes every generated row from both databases, then vacuums the tables: 100,000 dead rows left to
     * autovacuum (which may be off, as it is on the machine of the published run) keep every later match query
     * walking their index entries: 47 ms instead of 0.1 ms per match, measured.
     */
    static void remove(Postgres pg) throws SQLException {
        String generated = "organization_id::text LIKE '" + ID_PREFIX + "%'";
        try (Connection c = pg.connect("setu_directory"); Statement s = c.createStatement()) {
            int removed = s.executeUpdate("DELETE FROM directory_service WHERE " + generated); // coverage and locations cascade
            removed += s.executeUpdate("DELETE FROM organization WHERE id::text LIKE '" + ID_PREFIX + "%'");
            if (removed > 0) {
                for (String t : List.of("directory_service", "service_coverage", "organization")) s.execute("VACUUM ANALYZE " + t);
            }
        }
        try (Connection c = pg.connect("setu_referral"); Statement s = c.createStatement()) {
            if (s.executeUpdate("DELETE FROM directory_service WHERE " + generated) > 0) s.execute("VACUUM ANALYZE directory_service");
        }
    }

    static UUID organisation(int o) {
        return UUID.fromString(ID_PREFIX + "0000-4000-8000-" + String.format("%012d", o));
    }

    /** Service ids share the organisations' prefix too: the cleanup finds them by either. */
    static UUID service(int i) {
        return UUID.fromString(ID_PREFIX + "0001-4000-8000-" + String.format("%012d", i));
    }

    private static void copy(Connection c, String table, CharSequence rows) throws SQLException, IOException {
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
    }

    /**
     * What autovacuum would have done by the time a real directory of this size is searched: statistics for the
     * planner, and the GIN index's pending list merged. Rows COPYed into a GIN index with fastupdate wait in that
     * list, which every match query scans from end to end (101 ms per match over 100,000 services, measured, until
     * a vacuum merges it).
     */
    private static void vacuum(Connection c, String... tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String t : tables) s.execute("VACUUM ANALYZE " + t);
        }
    }
}
