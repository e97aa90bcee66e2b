package org.setu.screening.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.setu.events.screening.FollowUpReminder;
import org.setu.kit.outbox.Outbox;
import org.setu.screening.domain.reintegration.ReminderPolicy;
import org.setu.screening.persistence.FollowUpRepository;
import org.setu.screening.persistence.FollowUpRepository.UnannouncedDay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Announces the follow-up days of open cases that are due soon or overdue, once per case, day and kind, with
 * {@code setu.screening.follow-up-reminder.v1}; the notification service tells the case's agency. The reminder row
 * and the outbox event are written together, so a crash leaves either both or neither, and a second replica that
 * finds the row taken announces nothing.
 */
@ApplicationScoped
public class FollowUpReminders {

    private static final Logger LOG = Logger.getLogger(FollowUpReminders.class);
    static final int BATCH = 200;

    @Inject
    FollowUpRepository followUps;
    @Inject
    Outbox outbox;
    @Inject
    ScreeningSettings settings;

    @Scheduled(every = "${setu.screening.follow-up-reminders-every:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        announceDue(Instant.now());
    }

    /** Announces what is due at {@code now}, a batch per transaction; returns how many reminders went out. */
    public int announceDue(Instant now) {
        LocalDate today = now.atZone(PlanService.AGENCIES).toLocalDate();
        int notice = settings.followUpNoticeDays();
        int window = settings.followUpWindowDays();
        int announced = 0;
        int[] batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> announceBatch(today, notice, window, now));
            announced += batch[1];
        } while (batch[0] == BATCH && batch[1] > 0); // a full batch that announced nothing would come back the same
        if (announced > 0) LOG.infof("follow-up reminders: %d announced", announced);
        return announced;
    }

    /** @return how many days were found and how many of them this replica announced */
    private int[] announceBatch(LocalDate today, int notice, int window, Instant now) {
        List<UnannouncedDay> days = followUps.unannounced(ReminderPolicy.lookAheadUntil(today, notice),
                ReminderPolicy.overdueBefore(today, window), BATCH);
        int announced = 0;
        for (UnannouncedDay d : days) {
            var kind = ReminderPolicy.reminderFor(d.dueOn(), today, notice, window);
            if (kind.isEmpty() || !followUps.announce(d.caseId(), d.dueOn(), kind.get().name(), now)) continue;
            outbox.record(new FollowUpReminder(d.caseId(), d.caseRef(), d.agencyId(), d.dueOn(), kind.get(), now));
            announced++;
        }
        return new int[] {days.size(), announced};
    }
}
