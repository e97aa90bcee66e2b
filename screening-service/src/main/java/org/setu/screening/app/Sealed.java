package org.setu.screening.app;

import org.setu.screening.domain.reintegration.ReintegrationPlan;
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

    /**
     * The answers and the trace they led to: both say what happened to the person, so both are encrypted. The trace is
     * {@link TraceCodec}'s language-neutral form (older screenings hold English strings).
     */
    public record Answers(Map<String, Object> answers, List<Object> trace) {
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

    /** A reintegration plan's goals, bound to the case and to what they are. */
    public byte[] goals(CaseCipher cipher, List<ReintegrationPlan.Goal> goals) {
        return cipher.encrypt("plan-goals", write(goals));
    }

    public List<ReintegrationPlan.Goal> goals(CaseCipher cipher, byte[] ciphertext) {
        return read(cipher.decrypt("plan-goals", ciphertext), new TypeReference<>() { });
    }

    /** A planned return's flight or transport reference: with the day, it can single the person out among the arrivals. */
    public byte[] transportRef(CaseCipher cipher, String ref) {
        return cipher.encrypt("return-transport-ref", write(ref));
    }

    public String transportRef(CaseCipher cipher, byte[] ciphertext) {
        return read(cipher.decrypt("return-transport-ref", ciphertext), new TypeReference<>() { });
    }

    /** What a follow-up heard: the survey's answers, the warning signs and the trace; all say how the person lives. */
    public record FollowUpAnswers(Map<String, Object> answers, Map<String, Object> warningSigns, List<Object> trace) {
    }

    public byte[] followUp(CaseCipher cipher, UUID followUpId, FollowUpAnswers answers) {
        return cipher.encrypt("follow-up:" + followUpId, write(answers));
    }

    public FollowUpAnswers followUp(CaseCipher cipher, UUID followUpId, byte[] ciphertext) {
        return read(cipher.decrypt("follow-up:" + followUpId, ciphertext), new TypeReference<>() { });
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
