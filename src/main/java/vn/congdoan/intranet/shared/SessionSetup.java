package vn.congdoan.intranet.shared;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.coordination.RemoteCommandManager;
import org.eclipse.persistence.sessions.coordination.TransportManager;
import vn.congdoan.intranet.shared.diagnostics.SqlStatements;

/**
 * The persistence unit's session, set up from MicroProfile Config when it starts ({@code eclipselink.session.customizer}
 * in persistence.xml), for what persistence.xml cannot switch by configuration:
 * <ul>
 * <li>{@code cache.coordination=true} (on every node of a cluster started with Hazelcast): the nodes tell each other
 * which cached entities changed, through Payara's Hazelcast transport for EclipseLink, so a unit renamed or moved on
 * one node is not read stale from another node's shared cache. Off on a single node, which has nobody to tell (and
 * runs with {@code --nohazelcast}, where the transport cannot start).</li>
 * <li>{@code diagnostics.sql-count=true}: the SQL statement counter of {@link SqlStatements}.</li>
 * </ul>
 */
public final class SessionSetup implements SessionCustomizer {

    /** The configuration key that turns cache coordination on. */
    public static final String COORDINATION = "cache.coordination";

    /** Payara's EclipseLink transport over its Hazelcast topic (in Payara's runtime, not in the WAR). */
    private static final String HAZELCAST_TRANSPORT =
            "fish.payara.persistence.eclipselink.cache.coordination.HazelcastPublishingTransportManager";

    @Override
    public void customize(Session session) throws Exception {
        if (SqlStatements.enabled()) {
            session.getEventManager().addListener(new SqlStatements());
            session.getSessionLog().log(SessionLog.INFO, SqlStatements.FLAG + " is on: SQL statements are counted");
        }
        if (flag(COORDINATION)) {
            AbstractSession server = (AbstractSession) session;
            RemoteCommandManager commands = new RemoteCommandManager(server);
            commands.setTransportManager((TransportManager) Class.forName(HAZELCAST_TRANSPORT, true,
                    Thread.currentThread().getContextClassLoader()).getConstructor().newInstance());
            commands.setShouldPropagateAsynchronously(true);
            server.setCommandManager(commands);
            server.setShouldPropagateChanges(true);
            session.getSessionLog().log(SessionLog.INFO, "shared cache coordinated through Hazelcast");
        }
    }

    private static boolean flag(String key) {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue(key, Boolean.class).orElse(false);
        } catch (RuntimeException | LinkageError noConfig) {
            return Boolean.getBoolean(key);
        }
    }
}
