/**
 * A grassroots union's member list in and out of Excel (.xlsx): the template, the parser that reads an uploaded file
 * defensively (streaming, size, row and zip-bomb limits, formulas never evaluated), the row rules, the preview and the
 * one-transaction import through {@link vn.congdoan.intranet.membership.MemberLifecycle}, and the export in the same
 * column layout so that an exported list can be imported again.
 */
package vn.congdoan.intranet.membership.importing;
