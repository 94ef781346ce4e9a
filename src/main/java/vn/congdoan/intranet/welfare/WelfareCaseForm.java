package vn.congdoan.intranet.welfare;

import java.io.Serializable;
import java.time.LocalDate;

/** What an officer types for a welfare case; kept as typed until the service accepts it. Money in whole đồng. */
public class WelfareCaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long memberId;
    private WelfareKind kind;
    private LocalDate occurredOn;
    private String description;
    private Long amount;
    private String gifts;

    public static WelfareCaseForm of(WelfareCase welfareCase, String description) {
        WelfareCaseForm form = new WelfareCaseForm();
        form.memberId = welfareCase.getMember().getId();
        form.kind = welfareCase.getKind();
        form.occurredOn = welfareCase.getOccurredOn();
        form.description = description;
        form.amount = welfareCase.getAmount();
        form.gifts = welfareCase.getGifts();
        return form;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public WelfareKind getKind() {
        return kind;
    }

    public void setKind(WelfareKind kind) {
        this.kind = kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getGifts() {
        return gifts;
    }

    public void setGifts(String gifts) {
        this.gifts = gifts;
    }
}
