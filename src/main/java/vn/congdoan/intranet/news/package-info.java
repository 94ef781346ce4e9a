/**
 * Internal news: articles written by officers for an audience (the province, a branch or one unit), approved by the
 * unit above or published directly by a federation or sector officer, with photos re-encoded at upload and HTML
 * sanitized, read on the home page, the article page and the search by everyone in their audience.
 */
package vn.congdoan.intranet.news;
