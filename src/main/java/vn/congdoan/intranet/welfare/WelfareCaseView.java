package vn.congdoan.intranet.welfare;

import java.io.Serializable;

/**
 * A welfare case as one reader may see it: the description (medical or family details) is there only for the
 * officers of the member's own union and of the units on the case's approval route; everyone else gets null and
 * {@code descriptionVisible == false}.
 */
public final class WelfareCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final WelfareCase welfareCase;
    private final String description;
    private final boolean descriptionVisible;

    WelfareCaseView(WelfareCase welfareCase, boolean descriptionVisible) {
        this.welfareCase = welfareCase;
        this.descriptionVisible = descriptionVisible;
        this.description = descriptionVisible ? welfareCase.getDescription() : null;
    }

    /** The member's own case, read by the member: nothing in it is private from them. */
    public static WelfareCaseView forTheMember(WelfareCase welfareCase) {
        return new WelfareCaseView(welfareCase, true);
    }

    public WelfareCase getCase() {
        return welfareCase;
    }

    public String getDescription() {
        return description;
    }

    public boolean isDescriptionVisible() {
        return descriptionVisible;
    }
}
