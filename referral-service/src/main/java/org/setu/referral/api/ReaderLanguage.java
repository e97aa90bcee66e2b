package org.setu.referral.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.text.Reason;
import org.setu.referral.app.ExplanationText;

import java.util.List;

/**
 * Explanations and match reasons in the language the request asked for with {@code Accept-Language} (Bangla or
 * English), so that every view of a referral reads the same way without each method taking the header.
 */
@ApplicationScoped
public class ReaderLanguage {

    @Inject
    HttpServerRequest request;

    @Inject
    ExplanationText text;

    public List<String> lines(List<Reason> reasons) {
        return text.render(reasons, language());
    }

    public String line(Reason reason) {
        return text.render(reason, language());
    }

    private String language() {
        return ExplanationText.language(request.getHeader("Accept-Language"));
    }
}
