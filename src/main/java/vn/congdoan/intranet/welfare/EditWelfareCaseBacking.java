package vn.congdoan.intranet.welfare;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.reporting.AttachmentType;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.Texts;
import vn.congdoan.intranet.welfare.document.WelfareDocument;
import vn.congdoan.intranet.welfare.document.WelfareDocumentService;

/**
 * The case form ({@code /welfare/edit.xhtml}): a new draft, a draft to change ({@code ?id=42}), or a draft taken up
 * from a member's concern ({@code ?concern=7}). The form and the version the page loaded stay in the view, so a
 * refused save keeps everything typed and a save over someone else's newer change is refused. As the amount or kind
 * changes, the page says which unit will have to approve the case. A case that is no longer a draft opens read-only.
 */
@Named
@ViewScoped
public class EditWelfareCaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "caseForm";
    private static final Set<String> FIELDS = Set.of("member", "kind", "occurredOn", "amount", "gifts",
            "description", "answer");

    @Inject
    WelfareService welfare;

    @Inject
    ConcernService concerns;

    @Inject
    CaseMembers caseMembers;

    @Inject
    WelfareDocumentService documentService;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Long concernId;
    private WelfareCaseForm form;
    private long version;
    private Member member;
    private MemberConcern concern;
    private String answer;
    private OrgUnit approver;
    private List<WelfareDocument> documents = List.of();

    /** Loads the draft, the concern to take up, or an empty form; a case past its draft opens on the view page. */
    public void load() throws IOException {
        Viewer viewer = currentUser.get();
        viewer.require(Permission.MANAGE_WELFARE);
        if (id != null) {
            WelfareCase welfareCase = welfare.getCase(viewer, id).getCase();
            if (!WelfareRules.mayEdit(viewer, welfareCase)) {
                Faces.redirect(Faces.getRequestContextPath() + "/welfare/view.xhtml?id=" + id);
                return;
            }
            form = welfare.formOf(viewer, id);
            version = welfareCase.getVersion();
            member = welfareCase.getMember();
            documents = documentService.list(viewer, id);
        } else if (concernId != null) {
            concern = concerns.getConcern(viewer, concernId);
            form = new WelfareCaseForm();
            form.setOccurredOn(Formats.today());
            form.setDescription(concern.getBody());
            member = concern.getMember();
        } else {
            form = new WelfareCaseForm();
            form.setOccurredOn(Formats.today());
        }
        refreshApprover();
    }

    /** Who will approve the amount and kind as typed now (the page shows it live). */
    public void refreshApprover() {
        approver = form.getKind() == null ? null : welfare.approverFor(currentUser.get(),
                form.getAmount() == null ? 0 : form.getAmount(), form.getKind());
    }

    public List<Member> completeMember(String text) {
        return caseMembers.search(currentUser.get(), text);
    }

    /** Saves the draft; a new one (or one taken up from a concern) then opens under its own address. */
    public String save() {
        form.setMemberId(member == null ? null : member.getId());
        if (id == null) {
            WelfareCase opened = WelfareActions.run(FORM, FIELDS, () -> concern != null
                    ? concerns.turnIntoCase(currentUser.get(), concern.getId(), concern.getVersion(), form, answer)
                    : welfare.open(currentUser.get(), form));
            if (opened == null) {
                return null;
            }
            Faces.getFlash().setKeepMessages(true);
            Texts.info("welfare.case.saved");
            return "/welfare/edit?faces-redirect=true&id=" + opened.getId();
        }
        WelfareCase saved = WelfareActions.run(FORM, FIELDS,
                () -> welfare.edit(currentUser.get(), id, form, version));
        if (saved != null) {
            version = saved.getVersion();
            Texts.info("welfare.case.saved");
        }
        return null;
    }

    /** Saves the draft as typed and submits it; the read-only case follows. */
    public String submit() {
        WelfareCase submitted = WelfareActions.run(FORM, FIELDS,
                () -> welfare.submit(currentUser.get(), id, form, version));
        if (submitted == null) {
            return null;
        }
        Faces.getFlash().setKeepMessages(true);
        Texts.info("welfare.case.submittedTo", submitted.getApproverUnit().getName());
        return "/welfare/view?faces-redirect=true&id=" + id;
    }

    public void upload(FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        if (content == null) {
            Texts.error(new BusinessException("attachment.unreadable"), "documentsForm");
            return;
        }
        WelfareDocument added = WelfareActions.run("documentsForm", Set.of("attachment"),
                () -> documentService.upload(currentUser.get(), id, event.getFile().getFileName(), content));
        if (added != null) {
            documents = documentService.list(currentUser.get(), id);
            Texts.info("attachment.uploaded", added.getFileName());
        }
    }

    public void deleteDocument(WelfareDocument document) {
        String name = WelfareActions.run("documentsForm", Set.of("attachment"),
                () -> documentService.delete(currentUser.get(), document.getId()));
        if (name != null) {
            documents = documentService.list(currentUser.get(), id);
            Texts.info("attachment.deleted", name);
        }
    }

    /** The unit's own limit covers the case: its officers decide it themselves. */
    public boolean isApprovedWithinUnion() {
        return approver != null && approver.getId() == currentUser.get().unitId();
    }

    public WelfareKind[] getKinds() {
        return WelfareKind.values();
    }

    public int getMaxMegabytes() {
        return AttachmentType.MAX_MEGABYTES;
    }

    public int getMaxFiles() {
        return WelfareDocumentService.MAX_PER_CASE;
    }

    public long getMaxBytes() {
        return AttachmentType.MAX_BYTES;
    }

    public String getTooLargeMessage() {
        return Texts.get("attachment.tooLarge", "{name}", AttachmentType.MAX_MEGABYTES);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getConcernId() {
        return concernId;
    }

    public void setConcernId(Long concernId) {
        this.concernId = concernId;
    }

    public WelfareCaseForm getForm() {
        return form;
    }

    public long getVersion() {
        return version;
    }

    public Member getMember() {
        return member;
    }

    public void setMember(Member member) {
        this.member = member;
    }

    public MemberConcern getConcern() {
        return concern;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public OrgUnit getApprover() {
        return approver;
    }

    public List<WelfareDocument> getDocuments() {
        return documents;
    }
}
