package org.setu.directory.app;

import org.setu.directory.domain.hsds.ImportOutcome;
import org.setu.events.text.MessageBundle;
import org.setu.events.text.Reason;
import org.setu.kit.api.ReasonText;

import java.util.List;
import java.util.UUID;

/**
 * The answer of an HSDS import, record by record: what was (or, in a dry run, would be) imported, with which
 * assumptions, and what was not and why. The assumptions and reasons are written in the language the request asked
 * for (English or Bangla), each with its message code beside it in {@code assumptionCodes} and {@code reasonCodes}, in
 * the same order, for a client that keys on what was said rather than on its words.
 *
 * @param form       {@code setu} for Setu's own export (read strictly, as before), {@code hsds} for any other
 * @param imported   how many records of each kind are imported (or would be)
 * @param written    how many of those are new or changed; a re-import of the same document writes none
 */
public record HsdsImportReport(boolean dryRun, String form, Counts imported, Counts written, List<RecordReport> records) {

    /** The words of the assumptions and reasons, from {@code hsds/import_<lang>.properties}. */
    public static final ReasonText TEXT = new ReasonText(MessageBundle.load("hsds/import"));

    public record Counts(int organizations, int locations, int services) {
    }

    /** What happens to an imported record: new in the directory, changed, or the same as before (not written). */
    public enum Change { NEW, CHANGED, UNCHANGED }

    /**
     * @param sourceId the publisher's own id of the record
     * @param id       its id in Setu (the publisher's UUID, or one derived from its id), null when not imported
     * @param change   null when not imported
     */
    public record RecordReport(String kind, String sourceId, UUID id, String name, ImportOutcome outcome, Change change,
                               String category, List<String> assumptions, List<String> reasons,
                               List<String> assumptionCodes, List<String> reasonCodes) {

        /** The record's report with its assumptions and reasons in {@code language}. */
        public static RecordReport of(String kind, String sourceId, UUID id, String name, ImportOutcome outcome, Change change,
                                      String category, List<Reason> assumptions, List<Reason> reasons, String language) {
            return new RecordReport(kind, sourceId, id, name, outcome, change, category, TEXT.render(assumptions, language),
                    TEXT.render(reasons, language), assumptions.stream().map(Reason::code).toList(),
                    reasons.stream().map(Reason::code).toList());
        }
    }
}
