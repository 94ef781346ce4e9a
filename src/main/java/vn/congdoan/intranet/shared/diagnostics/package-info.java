/**
 * Diagnostics that are off in production: counting the SQL statements each HTTP request executes
 * ({@code diagnostics.sql-count=true}), so that an integration test can hold every page to its statement budget.
 */
package vn.congdoan.intranet.shared.diagnostics;
