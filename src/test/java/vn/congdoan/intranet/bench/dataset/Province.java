package vn.congdoan.intranet.bench.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One province while it is generated: its units, kept for the stages after the tree, and its own random sequence,
 * seeded from the run's seed and the province's number so each province comes out the same whatever the scale.
 * Every stage draws from this one sequence in turn, so the order of the stages and of their draws is part of the
 * dataset: moving a draw changes every row after it.
 */
final class Province {

    final int index;
    final Random random;
    final String place;
    Unit root;
    Unit sector;
    final List<Unit> districts = new ArrayList<>();
    final List<Unit> communes = new ArrayList<>();
    final List<Unit> schools = new ArrayList<>();

    Province(int index, long seed) {
        this.index = index;
        this.random = new Random(seed * 1_000_003L + index);
        this.place = DatasetTexts.place(index * 29 + 5);
    }
}
