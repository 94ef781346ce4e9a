package vn.congdoan.intranet.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots the built WAR on Payara Micro in a child JVM, once per test run (it is kept in the root store and stopped
 * when the run ends), and waits until the sign-in page answers. With {@code it.db.url} set, the app runs on that
 * MySQL database instead of the embedded H2. With {@code it.base.url} set, the tests use an app already running
 * there (handy while working on a page).
 */
public class PayaraMicroServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);
    private static String baseUrl;
    private Process process;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PayaraMicroServer.class, key -> start(), PayaraMicroServer.class);
    }

    /** The app's address, e.g. http://localhost:18080 (no trailing slash). */
    public static String baseUrl() {
        return baseUrl;
    }

    private PayaraMicroServer start() {
        String running = System.getProperty("it.base.url", "");
        if (!running.isBlank()) {
            baseUrl = running;
            return this;
        }
        String port = System.getProperty("it.port", "18080");
        Path workdir = Path.of(System.getProperty("it.workdir", "target/it"));
        try {
            Files.createDirectories(workdir);
            // Payara Micro redeploys what an earlier run left in its root directory, next to the new WAR
            deleteTree(workdir.resolve("payara-root"));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-Duser.timezone=Asia/Ho_Chi_Minh",
                    // SqlBudgetIT reads each page's statement count at /diagnostics/sql-count
                    "-Ddiagnostics.sql-count=true",
                    "-jar", required("it.payara"),
                    "--nohazelcast", "--disablephonehome", "--port", port, "--contextroot", "/",
                    "--rootdir", workdir.resolve("payara-root").toString(),
                    "--deploy", required("it.war")));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(workdir.resolve("server.log").toFile());
            String dbUrl = System.getProperty("it.db.url", "");
            if (!dbUrl.isBlank()) {
                builder.environment().put("DB_DATASOURCE", "com.mysql.cj.jdbc.MysqlDataSource");
                builder.environment().put("DB_URL", dbUrl);
                builder.environment().put("DB_USER", System.getProperty("it.db.user", "root"));
                builder.environment().put("DB_PASSWORD", System.getProperty("it.db.password", ""));
            }
            process = builder.start();
            baseUrl = "http://localhost:" + port;
            awaitReady(workdir.resolve("server.log").toFile());
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("could not start Payara Micro", e);
        }
    }

    private void awaitReady(File log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during boot; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Payara Micro did not answer within " + BOOT_TIMEOUT + "; see " + log);
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run through mvn verify)");
        }
        return value;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
