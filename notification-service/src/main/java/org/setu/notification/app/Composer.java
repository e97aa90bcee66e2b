package org.setu.notification.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.EventCatalog;
import org.setu.events.EventContract;
import org.setu.events.EventType;
import org.setu.events.referral.ReferralEvent;
import org.setu.notification.domain.Labels;
import org.setu.notification.domain.Language;
import org.setu.notification.persistence.DeliveryRow;

/**
 * Turns a delivery into what goes out: text from the Qute templates ({@code email-<lang>},
 * {@code email-subject-<lang>}, {@code sms-<lang>}) for people, a structured CloudEvent for webhooks.
 */
@ApplicationScoped
public class Composer {

    public static final String PING_TYPE = "setu.notification.ping.v1";

    @Inject
    Engine qute;

    @Inject
    ObjectMapper json;

    @Inject
    NotificationSettings settings;

    public record Text(String subject, String body) {
    }

    public Text email(DeliveryRow d, String language) {
        NoticeView view = view(d, language);
        String lang = Language.pick(language, settings.defaultLanguage());
        return new Text(render("email-subject-" + lang, view).replaceAll("\\s+", " ").trim(), render("email-" + lang, view));
    }

    public String sms(DeliveryRow d, String language) {
        String lang = Language.pick(language, settings.defaultLanguage());
        return render("sms-" + lang, view(d, language)).replaceAll("\\s+", " ").trim();
    }

    /**
     * The source event as a structured-mode CloudEvent: the same id, type, source, subject and time as on the bus,
     * so a receiver can de-duplicate by {@code id} and read {@code data} with the schema named in {@code dataschema}.
     */
    public String cloudEvent(DeliveryRow d) {
        ObjectNode ce = json.createObjectNode();
        ce.put("specversion", "1.0");
        ce.put("id", d.sourceEventId());
        boolean ping = PING_TYPE.equals(d.sourceEventType());
        ce.put("source", ping ? "/notification-service" : EventType.parse(d.sourceEventType()).source());
        ce.put("type", d.sourceEventType());
        if (d.eventSubject() != null) ce.put("subject", d.eventSubject());
        ce.put("time", d.eventTime().toString());
        ce.put("datacontenttype", "application/json");
        EventCatalog.find(d.sourceEventType()).map(EventContract::dataschema).ifPresent(s -> ce.put("dataschema", s));
        try {
            ce.set("data", json.readTree(d.facts()));
            return json.writeValueAsString(ce);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event does not parse", e);
        }
    }

    NoticeView view(DeliveryRow d, String language) {
        String lang = Language.pick(language, settings.defaultLanguage());
        if (PING_TYPE.equals(d.sourceEventType())) {
            return new NoticeView(true, Labels.headline("ping", lang), "", "", "", "", "");
        }
        ReferralEvent e = referral(d);
        String kind = EventType.parse(d.sourceEventType()).event();
        return new NoticeView(false, Labels.headline(kind, lang), e.caseRef(), Labels.category(e.category().name(), lang),
                Labels.urgency(e.urgency().name(), lang), Labels.deadline(e.dueAt(), lang),
                settings.linkBase() + e.referralId());
    }

    private ReferralEvent referral(DeliveryRow d) {
        EventContract<?> contract = EventCatalog.find(d.sourceEventType())
                .orElseThrow(() -> new IllegalStateException("no contract for a stored event type"));
        try {
            JsonNode data = json.readTree(d.facts());
            return (ReferralEvent) json.treeToValue(data, contract.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored referral event does not parse", e);
        }
    }

    private String render(String template, NoticeView view) {
        var t = qute.getTemplate(template);
        if (t == null) throw new IllegalStateException("no template " + template);
        return t.data("n", view).render();
    }
}
