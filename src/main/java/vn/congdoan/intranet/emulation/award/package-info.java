/**
 * Awards: types with the tier that issues them, nominations that climb the tree one superior at a time until the
 * issuing unit decides them, national awards recorded by the province, and the register everyone searches.
 */
package vn.congdoan.intranet.emulation.award;
