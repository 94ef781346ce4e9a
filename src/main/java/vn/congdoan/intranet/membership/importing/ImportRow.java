package vn.congdoan.intranet.membership.importing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.intranet.membership.Gender;

/**
 * One row of an uploaded list after the rules: the values read (when valid), what each cell showed (for the preview,
 * so a wrong value can be seen), and every error found. A row without errors will be imported.
 */
public class ImportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int rowNumber;
    private final EnumMap<MemberSheet, String> shown = new EnumMap<>(MemberSheet.class);
    private final ArrayList<RowError> errors = new ArrayList<>();
    private String fullName;
    private Gender gender;
    private LocalDate dateOfBirth;
    private String jobTitle;
    private LocalDate joinedOn;
    private String cardNumber;

    ImportRow(int rowNumber) {
        this.rowNumber = rowNumber;
    }

    void show(MemberSheet column, String text) {
        shown.put(column, text);
    }

    void error(MemberSheet column, String key, java.io.Serializable... arguments) {
        errors.add(new RowError(column, key, arguments));
    }

    void setValues(String fullName, Gender gender, LocalDate dateOfBirth, String jobTitle, LocalDate joinedOn,
                   String cardNumber) {
        this.fullName = fullName;
        this.gender = gender;
        this.dateOfBirth = dateOfBirth;
        this.jobTitle = jobTitle;
        this.joinedOn = joinedOn;
        this.cardNumber = cardNumber;
    }

    /** The key two rows of the same person share: folded name and date of birth; null when either is missing. */
    String personKey() {
        return fullName == null || dateOfBirth == null ? null : MemberRowValidator.personKey(fullName, dateOfBirth);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public int getRowNumber() {
        return rowNumber;
    }

    /** What the file's cells held, by column, as shown in the preview. */
    public Map<MemberSheet, String> getShown() {
        return Collections.unmodifiableMap(shown);
    }

    public String shown(MemberSheet column) {
        return shown.getOrDefault(column, "");
    }

    /** For views, where an enum argument is awkward: {@code #{row.cell('FULL_NAME')}}. */
    public String cell(String column) {
        return shown(MemberSheet.valueOf(column));
    }

    public List<RowError> getErrors() {
        return Collections.unmodifiableList(errors);
    }

    public String getFullName() {
        return fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    @Override
    public String toString() {
        return "row " + rowNumber + " " + fullName + " " + errors;
    }
}
