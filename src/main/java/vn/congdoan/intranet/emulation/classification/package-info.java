/** Each school year's classification of grassroots unions and members: proposed by the union, decided above it. */
package vn.congdoan.intranet.emulation.classification;
