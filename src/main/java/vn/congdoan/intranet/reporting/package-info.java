/**
 * Activity reports: reporting periods opened by a superior unit, the report each grassroots union fills, submits and
 * revises, its review by the direct superior (or the provincial federation), the status board and the
 * consolidation of approved figures for leaders, and the exports.
 */
package vn.congdoan.intranet.reporting;
