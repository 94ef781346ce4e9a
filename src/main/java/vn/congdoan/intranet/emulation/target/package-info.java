/** Targets of a year or a congress term, each met or not by a value computed from recorded facts. */
package vn.congdoan.intranet.emulation.target;
