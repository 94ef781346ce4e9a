package vn.congdoan.intranet.restructuring;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What an operation will change (a preview) or changed (once applied), step by step. */
public record RestructuringPlan(RestructuringKind kind, LocalDate effectiveOn, List<PlanStep> steps)
        implements Serializable {
}
