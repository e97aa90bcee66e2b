package org.setu.directory.app;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.setu.directory.domain.geo.GeoLevel;
import org.setu.directory.domain.geo.Geography;
import org.setu.directory.domain.geo.GeographyCsv;

/**
 * Bangladesh's geography, read once at start from the copy of the bd-geo data set in {@code geography/} on the
 * classpath. It is reference data that changes with an administrative reform, not at run time, so it lives in
 * memory: every search and every write checks codes against it without a query.
 */
@ApplicationScoped
public class GeographyService {

    private static final Logger LOG = Logger.getLogger(GeographyService.class);

    private Geography geography;

    @PostConstruct
    void load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        geography = GeographyCsv.load(name -> loader.getResourceAsStream("geography/" + name));
        LOG.infof("geography loaded: %d divisions, %d districts, %d upazilas, %d unions",
                geography.count(GeoLevel.DIVISION), geography.count(GeoLevel.DISTRICT),
                geography.count(GeoLevel.UPAZILA), geography.count(GeoLevel.UNION));
    }

    public Geography geography() {
        return geography;
    }
}
