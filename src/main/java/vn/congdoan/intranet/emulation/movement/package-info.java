/** Emulation movements: launched with criteria, registered for, self-scored with evidence, scored by the superior. */
package vn.congdoan.intranet.emulation.movement;
