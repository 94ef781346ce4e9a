package vn.congdoan.intranet.emulation.target;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.congdoan.intranet.emulation.award.AwardType;
import vn.congdoan.intranet.emulation.award.IssuerTier;
import vn.congdoan.intranet.emulation.classification.ClassificationService;
import vn.congdoan.intranet.emulation.classification.ClassificationTitle;
import vn.congdoan.intranet.emulation.classification.TitleSubject;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.LocaleBacking;
import vn.congdoan.intranet.shared.Texts;

/**
 * The targets page ({@code /emulation/targets.xhtml?plan=…&year=…}): a plan's targets with their required and
 * actual values and "7/9 chỉ tiêu đạt và vượt"; the plan's own unit creates plans and adds targets in dialogs.
 */
@Named
@ViewScoped
public class TargetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TargetService service;

    @Inject
    ClassificationService classifications;

    @Inject
    CurrentUser currentUser;

    /** The reader's language: the view root's is set only when the page renders, after the view action. */
    @Inject
    LocaleBacking language;

    private Long plan;
    private Integer year;
    private List<TargetPlan> plans;
    private TargetService.PlanEvaluation evaluation;
    private List<Integer> years;
    private List<Row> rows;
    private boolean mayEdit;
    private boolean mayCreate;
    private List<ClassificationTitle> titles;
    private List<AwardType> awardTypes;
    private PlanKind newKind = PlanKind.YEAR;
    private String newName;
    private Integer newFirstYear;
    private Integer newLastYear;
    private TargetForm form = new TargetForm();

    /** One line of the table, formatted for the reader. */
    public record Row(String label, TargetShape shape, String required, String actual, TargetOutcome outcome)
            implements Serializable {
    }

    public void load() {
        Viewer viewer = currentUser.get();
        plans = service.plans(viewer);
        mayCreate = service.mayCreate(viewer);
        titles = new ArrayList<>(classifications.titles(TitleSubject.UNIT, false));
        titles.addAll(classifications.titles(TitleSubject.MEMBER, false));
        awardTypes = service.awardTypes();
        if (plan == null && !plans.isEmpty()) {
            plan = plans.get(0).getId();
        }
        evaluation = null;
        rows = List.of();
        if (plan == null) {
            return;
        }
        evaluation = service.evaluate(viewer, plan, year);
        year = evaluation.year();
        years = service.years(evaluation.plan());
        mayEdit = service.mayEdit(viewer, evaluation.plan());
        Locale locale = language.getLocale();
        rows = evaluation.results().stream().map(r -> row(r, locale)).toList();
    }

    /** Another plan chosen: its default year. */
    public void choosePlan() {
        year = null;
        load();
    }

    private Row row(TargetService.TargetResult result, Locale locale) {
        Target t = result.target();
        TargetEvaluator.Evaluation e = result.evaluation();
        String titleName = t.getTitle() == null ? "" : " · " + t.getTitle().name(locale);
        String required = switch (t.getShape()) {
            case TITLE -> t.getTitle().name(locale);
            case PERCENT_FLOOR -> Texts.get(locale, "target.atLeast", percent(t.getLowValue(), locale)) + titleName;
            case COUNT -> Texts.get(locale, "target.atLeast", number(t.getLowValue(), locale)) + titleName;
            case RANGE -> number(t.getLowValue(), locale) + "–" + number(t.getHighValue(), locale) + titleName;
        };
        String actual;
        if (e.outcome() == TargetOutcome.NO_SUBJECTS) {
            actual = Texts.get(locale, "target.noSubjects");
        } else if (t.getShape() == TargetShape.TITLE) {
            actual = e.actual() == null ? Texts.get(locale, "target.notClassified")
                    : titles.stream().filter(x -> x.getSubject() == TitleSubject.UNIT
                            && x.getRankOrder() == e.actual().intValue()).map(x -> x.name(locale)).findFirst()
                    .orElse(e.actual().toPlainString());
        } else if (t.getShape() == TargetShape.PERCENT_FLOOR) {
            actual = Texts.get(locale, "target.percentOf", percent(e.actual(), locale), number(e.reached(), locale),
                    number(e.total(), locale));
        } else {
            actual = number(e.actual(), locale);
        }
        return new Row(t.getLabel(), t.getShape(), required, actual, e.outcome());
    }

    /** 95 → "95,0 %", 66.66 → "66,66 %" (the evaluator already cut it to two decimals). */
    private static String percent(BigDecimal value, Locale locale) {
        return new DecimalFormat("#,##0.0#", DecimalFormatSymbols.getInstance(numbers(locale))).format(value) + " %";
    }

    private static String number(Number value, Locale locale) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(numbers(locale))).format(value);
    }

    private static Locale numbers(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
    }

    // ----- dialogs -----

    public void prepareNewPlan() {
        newKind = PlanKind.YEAR;
        newName = null;
        newFirstYear = classifications.currentSchoolYear();
        newLastYear = null;
    }

    public void createPlan() {
        try {
            TargetPlan created = service.createPlan(currentUser.get(), newKind, newName, newFirstYear, newLastYear);
            Texts.info("target.plan.created", created.getName());
            plan = created.getId();
            year = null;
            load();
        } catch (BusinessException refusal) {
            Texts.error(refusal, "planForm");
        }
    }

    public void prepareTarget() {
        form = new TargetForm();
    }

    public void addTarget() {
        try {
            service.addTarget(currentUser.get(), plan, form);
            Texts.info("target.added");
            load();
        } catch (BusinessException refusal) {
            Texts.error(refusal, "targetForm");
        }
    }

    public List<Integer> getPlanYears() {
        int current = classifications.currentSchoolYear();
        List<Integer> choices = new ArrayList<>();
        for (int y = current - 3; y <= current + 5; y++) {
            choices.add(y);
        }
        return choices;
    }

    public String yearLabel(int y) {
        return ClassificationService.yearLabel(y);
    }

    public PlanKind[] getKinds() {
        return PlanKind.values();
    }

    public TargetShape[] getShapes() {
        return TargetShape.values();
    }

    public TargetMetric[] getMetrics() {
        return TargetMetric.values();
    }

    public IssuerTier[] getTiers() {
        return IssuerTier.values();
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<TargetPlan> getPlans() {
        return plans;
    }

    public TargetService.PlanEvaluation getEvaluation() {
        return evaluation;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public boolean isMayCreate() {
        return mayCreate;
    }

    public List<ClassificationTitle> getTitles() {
        return titles;
    }

    public List<AwardType> getAwardTypes() {
        return awardTypes;
    }

    public PlanKind getNewKind() {
        return newKind;
    }

    public void setNewKind(PlanKind newKind) {
        this.newKind = newKind;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Integer getNewFirstYear() {
        return newFirstYear;
    }

    public void setNewFirstYear(Integer newFirstYear) {
        this.newFirstYear = newFirstYear;
    }

    public Integer getNewLastYear() {
        return newLastYear;
    }

    public void setNewLastYear(Integer newLastYear) {
        this.newLastYear = newLastYear;
    }

    public TargetForm getForm() {
        return form;
    }
}
