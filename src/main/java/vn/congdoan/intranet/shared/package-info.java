/**
 * What every feature uses and no feature owns: the base entity, business exceptions, search folding of Vietnamese
 * text, paging, the datasource and schema migration, and the web glue (locale, lazy tables, error handling).
 */
package vn.congdoan.intranet.shared;
