package org.setu.directory.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.setu.events.text.MessageBundle;
import org.setu.events.text.Reason;
import org.setu.kit.api.ReasonText;

import java.util.List;
import java.util.Set;

/**
 * The HSDS import report's assumptions and reasons in English or Bangla, from {@code hsds/import_<lang>.properties}:
 * a directory admin in Dhaka reads why a record was changed or left out in the language they asked for.
 */
@ApplicationScoped
public class ImportText {

    private final ReasonText text = new ReasonText(MessageBundle.load("hsds/import"));

    public List<String> render(List<Reason> reasons, String language) {
        return text.render(reasons, language);
    }

    public String render(Reason r, String language) {
        return text.render(r, language);
    }

    public Set<String> missing(List<Reason> reasons, String language) {
        return text.missing(reasons, language);
    }

    public MessageBundle bundle() {
        return text.bundle();
    }
}
