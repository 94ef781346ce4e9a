/**
 * Restructuring the union tree as recorded, dated operations (merge, dissolve, move, split): previewed before they
 * are applied, applied in one transaction, and kept with everything they changed. Nothing is deleted: units end,
 * members' periods close and open, so the tree and a member's union can be read as of any day.
 */
package vn.congdoan.intranet.restructuring;
