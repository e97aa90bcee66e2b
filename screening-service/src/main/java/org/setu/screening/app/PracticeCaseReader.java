package org.setu.screening.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.setu.screening.domain.PracticeCase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the practice cases, one YAML file each, with the instruments' strict mapper: an unknown key in a case is
 * a typo that would silently drop a fact.
 */
public final class PracticeCaseReader {

    /** Where the shipped cases live among the resources. */
    public static final String FOLDER = "practice/cases";

    private PracticeCaseReader() {
    }

    public static PracticeCase read(ObjectMapper yaml, Path file) {
        try {
            return yaml.readValue(file.toFile(), PracticeCase.class);
        } catch (IOException e) {
            throw new IllegalStateException("practice case " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every {@code *.yaml} file of a folder, sorted by file name so that runs list them in the same order. */
    public static List<Path> files(Path folder) {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list practice cases in " + folder, e);
        }
    }
}
