package org.setu.screening.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.screening.domain.Instrument;
import org.setu.screening.domain.export.CtdcMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CTDC mappings, one per instrument version served, read at start-up from {@code exports/ctdc/<code>-v<n>.yaml}.
 * A served instrument without a mapping, or a mapping that leaves an option of a mapped question unaccounted for,
 * stops the service: an export that silently dropped answers would miscount victims.
 */
@ApplicationScoped
public class CtdcMappings {

    @Inject
    InstrumentCatalog instruments;

    private final List<CtdcMapping> mappings = new ArrayList<>();

    @PostConstruct
    void load() {
        ObjectMapper yaml = InstrumentCatalog.yamlMapper();
        for (Instrument instrument : instruments.all()) {
            mappings.add(read(yaml, instrument));
        }
        if (mappings.stream().map(CtdcMapping::columns).distinct().count() > 1) {
            throw new IllegalStateException("the CTDC mappings publish different columns; the export has one column list");
        }
    }

    public static CtdcMapping read(ObjectMapper yaml, Instrument instrument) {
        String resource = "exports/ctdc/" + instrument.code() + "-v" + instrument.version() + ".yaml";
        return InstrumentCatalog.readChecked(yaml, resource, CtdcMapping.class, m -> m.mistakes(instrument), "CTDC mapping");
    }

    public Optional<CtdcMapping> find(String code, int version) {
        return mappings.stream()
                .filter(m -> m.instrument().code().equals(code) && m.instrument().version() == version).findFirst();
    }

    /** The published columns; every mapping publishes the same list, which the start-up check of each keeps whole. */
    public List<String> columns() {
        return mappings.get(0).columns();
    }

    public List<CtdcMapping> all() {
        return List.copyOf(mappings);
    }
}
