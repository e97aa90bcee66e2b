package org.setu.screening.app;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.screening.domain.repatriation.PortOfEntry;
import org.setu.screening.domain.repatriation.PortsOfEntry;

import java.util.List;
import java.util.Optional;

/**
 * The ports of entry a planned return may name, read once at start-up with the instruments' strict mapper. A list
 * with a typo, a port without a Bangla name or a district that is not a geography id stops the service from starting.
 */
@ApplicationScoped
public class PortCatalog {

    @Inject
    ScreeningSettings settings;

    private PortsOfEntry list;

    @PostConstruct
    void load() {
        list = read("return/ports-of-entry/" + settings.portsOfEntry() + ".yaml");
    }

    public static PortsOfEntry read(String resource) {
        return InstrumentCatalog.readChecked(InstrumentCatalog.yamlMapper(), resource, PortsOfEntry.class,
                PortsOfEntry::mistakes, "ports of entry");
    }

    public List<PortOfEntry> all() {
        return List.copyOf(list.ports());
    }

    public Optional<PortOfEntry> find(String code) {
        return list.find(code);
    }
}
