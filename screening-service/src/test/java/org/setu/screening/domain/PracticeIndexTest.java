package org.setu.screening.domain;

import org.junit.jupiter.api.Test;
import org.setu.screening.app.PracticeCaseReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The running service finds its practice cases through {@code practice/index.txt}: it must list every case file. */
class PracticeIndexTest {

    @Test
    void theIndexListsEveryPracticeCaseFileAndNoOther() throws IOException {
        Path resources = Path.of("src/main/resources");
        List<String> listed = Files.readAllLines(resources.resolve("practice/index.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).sorted().toList();
        List<String> files = PracticeCaseReader.files(resources.resolve(PracticeCaseReader.FOLDER)).stream()
                .map(p -> p.getFileName().toString()).sorted().toList();
        assertThat(listed).isEqualTo(files).hasSizeGreaterThanOrEqualTo(20);
    }
}
