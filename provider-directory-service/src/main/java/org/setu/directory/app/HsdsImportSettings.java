package org.setu.directory.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** {@code setu.directory.hsds-import.*}: the import of other publishers' HSDS documents (docs/directory.md). */
@ConfigMapping(prefix = "setu.directory.hsds-import")
public interface HsdsImportSettings {

    /**
     * A file that replaces the built-in taxonomy mapping (classpath {@code hsds/taxonomy-mapping.json}), in the same
     * shape. SETU_DIRECTORY_HSDS_IMPORT_TAXONOMY_MAPPING.
     */
    Optional<String> taxonomyMapping();

    /** A file that replaces the built-in spellings of place names ({@code hsds/place-names.json}). SETU_DIRECTORY_HSDS_IMPORT_PLACE_NAMES. */
    Optional<String> placeNames();

    /** The largest document the import reads, in bytes; a larger one is a 400. SETU_DIRECTORY_HSDS_IMPORT_MAX_BYTES. */
    @WithDefault("4194304")
    int maxBytes();

    /** The most records (organizations, locations, services) one document may hold. SETU_DIRECTORY_HSDS_IMPORT_MAX_RECORDS. */
    @WithDefault("10000")
    int maxRecords();
}
