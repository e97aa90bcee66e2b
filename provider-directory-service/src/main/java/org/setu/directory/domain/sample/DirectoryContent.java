package org.setu.directory.domain.sample;

import org.setu.directory.domain.Location;
import org.setu.directory.domain.Organization;
import org.setu.directory.domain.ProviderService;

import java.util.List;

/** A whole directory's entries, as the sample and the generator make them. */
public record DirectoryContent(List<Organization> organizations, List<Location> locations, List<ProviderService> services) {
}
