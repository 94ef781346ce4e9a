/**
 * Emulation and awards (thi đua, khen thưởng) and the targets they are judged by: movements a superior launches and
 * scores ({@code movement}), each year's classification of unions and members ({@code classification}), awards from
 * nomination to decision and their register ({@code award}), and the targets of a year or a congress term whose
 * actual values are computed from those recorded facts ({@code target}). Titles and award types are data.
 */
package vn.congdoan.intranet.emulation;
