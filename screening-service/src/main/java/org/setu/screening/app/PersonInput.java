package org.setu.screening.app;

import org.setu.events.screening.AdminArea;
import org.setu.events.vocabulary.Sex;
import org.setu.screening.domain.PersonDetails;

import java.util.List;

/** The person as a screening records them: details to encrypt, and pseudonymous facts that may travel. */
public record PersonInput(PersonDetails details, Sex sex, String nationality, List<String> languages, AdminArea home) {

    public PersonInput {
        languages = languages == null ? List.of() : languages.stream().distinct().toList();
    }
}
