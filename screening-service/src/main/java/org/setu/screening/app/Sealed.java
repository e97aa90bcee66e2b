package org.setu.screening.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.screening.domain.PersonDetails;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes the person and the answers as JSON encrypted under the case key, and reads them back. */
@ApplicationScoped
public class Sealed {

    /** The answers and the trace they led to: both say what happened to the person, so both are encrypted. */
    public record Answers(Map<String, Object> answers, List<String> trace) {
    }

    @Inject
    ObjectMapper json;

    public byte[] person(CaseCipher cipher, UUID screeningId, PersonDetails person) {
        return cipher.encrypt("person:" + screeningId, write(person));
    }

    public PersonDetails person(CaseCipher cipher, UUID screeningId, byte[] ciphertext) {
        return read(cipher.decrypt("person:" + screeningId, ciphertext), new TypeReference<>() { });
    }

    public byte[] answers(CaseCipher cipher, UUID screeningId, Answers answers) {
        return cipher.encrypt("answers:" + screeningId, write(answers));
    }

    public Answers answers(CaseCipher cipher, UUID screeningId, byte[] ciphertext) {
        return read(cipher.decrypt("answers:" + screeningId, ciphertext), new TypeReference<>() { });
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write sealed data", e);
        }
    }

    private <T> T read(byte[] bytes, TypeReference<T> type) {
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read sealed data", e);
        }
    }
}
