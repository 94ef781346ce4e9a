package vn.congdoan.intranet.bench.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The finishing step: the application's shared counters, which the batched inserts went around. */
final class SequenceCounters {

    private SequenceCounters() {
    }

    /** Moves the id table generator and the card counter past what was written, so new rows never collide. */
    static void moveBeyond(GenerationContext ctx, Connection connection) throws SQLException {
        try (PreparedStatement ids = connection.prepareStatement(
                "UPDATE id_sequence SET next_val = ? WHERE seq_name = 'ids'");
             PreparedStatement cards = connection.prepareStatement(
                     "UPDATE number_counter SET next_val = ? WHERE name = 'member_card'")) {
            // rounded up to a whole block of the generator's allocation size (50), with room to spare
            ids.setLong(1, (ctx.idLimit() / 50 + 2) * 50);
            ids.executeUpdate();
            cards.setLong(1, ctx.cardLimit());
            cards.executeUpdate();
        }
    }
}
