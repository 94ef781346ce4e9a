package vn.congdoan.intranet.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;

/** One step of an article's life: who, from which unit, when, with which comment. Never changed. */
@Entity
@Table(name = "news_event")
public class NewsEvent extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int COMMENT_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private NewsArticle article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NewsEventKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_unit_id")
    private OrgUnit actorUnit;

    @Column(length = COMMENT_MAX)
    private String comment;

    protected NewsEvent() {
    }

    public NewsEvent(NewsArticle article, NewsEventKind kind, Instant occurredAt, String actor, String actorName,
                     OrgUnit actorUnit, String comment) {
        this.article = article;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName;
        this.actorUnit = actorUnit;
        this.comment = comment;
    }

    public NewsArticle getArticle() {
        return article;
    }

    public NewsEventKind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public OrgUnit getActorUnit() {
        return actorUnit;
    }

    public String getComment() {
        return comment;
    }
}
