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
import org.setu.notification.domain.ArrivalFacts;
import org.setu.notification.domain.ArrivalNotice;
import org.setu.notification.domain.FollowUpFacts;
import org.setu.notification.domain.HandOverFacts;
import org.setu.notification.domain.SmsSegments;
import org.setu.notification.domain.Labels;
import org.setu.notification.domain.Language;
import org.setu.notification.domain.ReferralFacts;
import org.setu.notification.domain.SourceEvent;
import org.setu.notification.persistence.DeliveryRow;

/**
 * Turns a delivery into what goes out: text from the Qute templates ({@code email-<lang>},
 * {@code email-subject-<lang>}, {@code sms-<lang>}; a follow-up reminder's are the same names with the prefix
 * {@code reminder-}, a planned return's {@code arrival-}, a hand-over's {@code hand-over-}) for people, a structured CloudEvent for webhooks.
 */
@ApplicationScoped
public class Composer {

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
        String name = templates(d) + "email-";
        String lang = Language.pick(language, settings.defaultLanguage());
        return new Text(render(name + "subject-" + lang, view).replaceAll("\\s+", " ").trim(), render(name + lang, view));
    }

    public String sms(DeliveryRow d, String language) {
        String lang = Language.pick(language, settings.defaultLanguage());
        String text = render(templates(d) + "sms-" + lang, view(d, language)).replaceAll("\\s+", " ").trim();
        return SmsSegments.fit(text, settings.sms().maxParts());
    }

    /** A follow-up reminder, a planned return's and a hand-over's notice have templates of their own; referrals and pings share theirs. */
    private static String templates(DeliveryRow d) {
        if (d.arrival() != null) return "arrival-";
        if (d.handOver() != null) return "hand-over-";
        return d.reminder() != null ? "reminder-" : "";
    }

    /**
     * Where a reminder's link points: the portal's start, where the case worker finds the case by its reference. It
     * is the referral link's base without its last part ({@code http://localhost:8080/referrals/} gives
     * {@code http://localhost:8080/}), so one setting still places the portal. No id of the case is in it.
     */
    String portalLink() {
        String base = settings.linkBase();
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        int slash = trimmed.lastIndexOf('/');
        return slash > trimmed.indexOf("//") + 1 ? trimmed.substring(0, slash + 1) : trimmed + "/";
    }

    /**
     * The source event as a structured-mode CloudEvent: the same id, type, source, subject and time as on the bus,
     * so a receiver can de-duplicate by {@code id} and read {@code data} with the schema named in {@code dataschema}.
     */
    public String cloudEvent(DeliveryRow d) {
        SourceEvent source = d.source();
        ObjectNode ce = json.createObjectNode();
        ce.put("specversion", "1.0");
        ce.put("id", source.id());
        ce.put("source", source.isPing() ? "/notification-service" : EventType.parse(source.type()).source());
        ce.put("type", source.type());
        if (source.subject() != null) ce.put("subject", source.subject());
        ce.put("time", source.time().toString());
        ce.put("datacontenttype", "application/json");
        EventCatalog.find(source.type()).map(EventContract::dataschema).ifPresent(s -> ce.put("dataschema", s));
        ce.set("data", data(d));
        try {
            return json.writeValueAsString(ce);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a delivery's event does not serialize", e);
        }
    }

    /**
     * The event's data: a referral event's or a reminder's is its facts, under the event's own field names; a ping's
     * names the subscription it tests (its subject) and that subscription's agency; a purged delivery has nothing left.
     */
    private JsonNode data(DeliveryRow d) {
        if (d.source().isPing()) {
            ObjectNode ping = json.createObjectNode();
            ping.put("subscriptionId", d.source().subject());
            ping.put("agencyId", String.valueOf(d.agencies().organizationId()));
            return ping;
        }
        if (d.reminder() != null) return json.valueToTree(d.reminder());
        return d.facts() == null ? json.createObjectNode() : json.valueToTree(d.facts());
    }

    NoticeView view(DeliveryRow d, String language) {
        String lang = Language.pick(language, settings.defaultLanguage());
        if (d.source().isPing()) {
            return NoticeView.referral(true, Labels.headline("ping", lang), "", "", "", "", "");
        }
        FollowUpFacts r = d.reminder();
        if (r != null) return NoticeView.reminder(r.caseRef(), r.overdue(), Labels.day(r.dueOn(), lang), portalLink());
        ArrivalFacts a = d.arrival();
        if (a != null) return arrivalView(a, lang);
        HandOverFacts h = d.handOver();
        if (h != null) {
            return NoticeView.handOver(Labels.handOverHeadline(h.notice().name(), lang), h.caseRef() == null ? "" : h.caseRef(),
                    h.declineReason() == null ? "" : Labels.declineReason(h.declineReason().name(), lang),
                    Labels.handOverAdvice(h.notice().name(), lang), portalLink());
        }
        ReferralFacts f = d.facts();
        if (f == null) throw new IllegalStateException("a purged delivery has nothing left to tell");
        String kind = EventType.parse(d.source().type()).event();
        return NoticeView.referral(false, Labels.headline(kind, lang), f.caseRef(), Labels.category(f.category().name(), lang),
                Labels.urgency(f.urgency().name(), lang), Labels.deadline(f.dueAt(), lang),
                settings.linkBase() + f.referralId());
    }

    /** What a planned return's notice shows: never more than its facts hold, and they hold no name and no flight. */
    private NoticeView arrivalView(ArrivalFacts a, String lang) {
        String notice = a.notice().name();
        String when = a.notice() == ArrivalNotice.ARRIVED && a.arrivedOn() != null ? Labels.arrivedOn(a.arrivedOn(), lang)
                : Labels.window(a.expectedFrom(), a.expectedTo(), lang);
        String advice = Labels.arrivalAdvice(a.notice() == ArrivalNotice.MISSED && a.missedReason() != null
                ? a.missedReason().name() : notice, lang);
        return NoticeView.arrival(Labels.arrivalHeadline(notice, lang), a.caseRef() == null ? "" : a.caseRef(),
                a.category() == null ? "" : Labels.category(a.category().name(), lang), Labels.port(a.portOfEntry(), lang),
                when, advice, portalLink());
    }

    private String render(String template, NoticeView view) {
        var t = qute.getTemplate(template);
        if (t == null) throw new IllegalStateException("no template " + template);
        return t.data("n", view).render();
    }
}
