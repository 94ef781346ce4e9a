package vn.congdoan.intranet.security;

/** What a role may do. Pages, menus and services ask for a permission, never for a role by name. */
public enum Permission {
    /** Browse the union tree within one's scope and see unit statistics. */
    BROWSE_UNITS,
    /** See the member lists and member records of units within one's scope. */
    VIEW_MEMBERS,
    /** Record restructurings of the tree: merge, dissolve, move and split units. */
    RESTRUCTURE,
    /** Create, edit and end units. */
    MANAGE_UNITS,
    /** Create, edit, deactivate and unlock accounts and reset their passwords. */
    MANAGE_ACCOUNTS,
    /** See one's own member record and union. */
    VIEW_OWN_PROFILE,
    /** Load a grassroots union's member list from an Excel file (the union must be within one's scope). */
    IMPORT_MEMBERS,
    /** Admit, transfer and end members of the grassroots unions within one's scope. */
    MANAGE_MEMBERS,
    /** Fill, save and submit the activity reports of one's own grassroots union. */
    SUBMIT_REPORTS,
    /** Read, return and approve the reports of the units below one's unit, and see their status board. */
    REVIEW_REPORTS,
    /** Open, close and change reporting periods for the units below one's unit. */
    OPEN_PERIODS,
    /** Read the published internal news whose audience includes one's unit. */
    READ_NEWS,
    /** Write articles for one's own unit or what lies below it, and submit them for approval. */
    WRITE_NEWS,
    /** Approve, return, publish directly and unpublish articles within one's scope. */
    PUBLISH_NEWS,
    /** Open, submit and pay the welfare cases of one's own union, approve them within its limit, keep its fund. */
    MANAGE_WELFARE,
    /** Approve or reject the welfare cases routed to one's unit or a unit below it, and keep one's unit's fund. */
    APPROVE_WELFARE,
    /** Raise concerns and requests to one's union and see one's own welfare cases. */
    RAISE_CONCERNS,
    /**
     * Take part in emulation for one's own union: register it and its members for movements and self-score them,
     * propose the year's classifications, grant the union's own awards and nominate for higher ones.
     */
    TAKE_PART_EMULATION,
    /**
     * Run emulation for the units below one's unit: launch and score movements, decide classifications, endorse,
     * reject and decide award nominations, record national awards (the province), and set targets.
     */
    RUN_EMULATION
}
