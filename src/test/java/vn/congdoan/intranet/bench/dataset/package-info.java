/**
 * The benchmark dataset: a generator that fills an empty database (H2, MySQL or MariaDB) with a province or the whole
 * country's education-sector union tree and years of its work, with batched JDBC inserts instead of the services, so
 * national scale takes minutes. It lives with the tests so that CI compiles and checks it while the WAR never ships it.
 */
package vn.congdoan.intranet.bench.dataset;
