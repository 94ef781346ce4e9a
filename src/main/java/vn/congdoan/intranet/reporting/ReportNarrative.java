package vn.congdoan.intranet.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The narrative sections of a report, plain text with line breaks. */
@Embeddable
public class ReportNarrative implements Serializable {

    private static final long serialVersionUID = 1L;

    /** About ten pages of text per section. */
    public static final int SECTION_MAX = 20_000;

    @Lob @Size(max = SECTION_MAX)
    @Column(name = "main_results")
    private String mainResults;

    @Lob @Size(max = SECTION_MAX)
    @Column(name = "highlights")
    private String highlights;

    @Lob @Size(max = SECTION_MAX)
    @Column(name = "limitations")
    private String limitations;

    @Lob @Size(max = SECTION_MAX)
    @Column(name = "lessons")
    private String lessons;

    @Lob @Size(max = SECTION_MAX)
    @Column(name = "directions")
    private String directions;

    @Lob @Size(max = SECTION_MAX)
    @Column(name = "proposals")
    private String proposals;

    public void copyFrom(ReportNarrative other) {
        mainResults = other.mainResults;
        highlights = other.highlights;
        limitations = other.limitations;
        lessons = other.lessons;
        directions = other.directions;
        proposals = other.proposals;
    }

    /** The text of one narrative section, or null for a section that is not narrative. */
    public String text(ReportSection section) {
        return switch (section) {
            case MAIN_RESULTS -> mainResults;
            case HIGHLIGHTS -> highlights;
            case LIMITATIONS -> limitations;
            case LESSONS -> lessons;
            case DIRECTIONS -> directions;
            case PROPOSALS -> proposals;
            default -> null;
        };
    }

    public String getMainResults() {
        return mainResults;
    }

    public void setMainResults(String mainResults) {
        this.mainResults = mainResults;
    }

    public String getHighlights() {
        return highlights;
    }

    public void setHighlights(String highlights) {
        this.highlights = highlights;
    }

    public String getLimitations() {
        return limitations;
    }

    public void setLimitations(String limitations) {
        this.limitations = limitations;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public String getDirections() {
        return directions;
    }

    public void setDirections(String directions) {
        this.directions = directions;
    }

    public String getProposals() {
        return proposals;
    }

    public void setProposals(String proposals) {
        this.proposals = proposals;
    }
}
