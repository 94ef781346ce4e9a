package vn.congdoan.intranet.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the "deadline in 3 days" reminders every morning at 07:00 Vietnam time, and once at start-up (after the demo
 * data, so the demo's period due in three days is reminded at once). Reminders are deduplicated per report and
 * deadline, so running again, or on several nodes, sends nothing twice.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class DeadlineReminders {

    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

    @Inject
    ReportService reports;

    @PostConstruct
    void atStartup() {
        remind();
    }

    /** Not persistent: a missed run (server down at 07:00) is made good by the start-up run. */
    @Schedule(hour = "7", minute = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    void daily() {
        remind();
    }

    private void remind() {
        try {
            int created = reports.remindDeadlines();
            LOG.info(() -> "Deadline reminders sent: " + created);
        } catch (RuntimeException e) {
            // A failed reminder run must not stop the application from starting.
            LOG.log(Level.WARNING, "Deadline reminders failed", e);
        }
    }
}
