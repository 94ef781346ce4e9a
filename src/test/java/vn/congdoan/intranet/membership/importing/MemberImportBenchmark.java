package vn.congdoan.intranet.membership.importing;

import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * Times the preview (parse, rules, duplicate queries) and the confirmed import of a 5,000-row list into a demo
 * school, on H2 and, when {@code test.mysql.url} is set, on MySQL/MariaDB. A program, not a test: run it with
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -Duser.timezone=Asia/Ho_Chi_Minh [-Dtest.mysql.url=jdbc:mysql://127.0.0.1:3306/] \
 *     -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     vn.congdoan.intranet.membership.importing.MemberImportBenchmark [rows]
 * </pre>
 */
public final class MemberImportBenchmark {

    private MemberImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : MemberImportBulkPersistenceTest.ROWS;
        Path dir = Files.createTempDirectory("import-bench");
        Path file = MemberImportBulkPersistenceTest.bulkFile(dir, rows);
        System.out.printf("file: %d rows, %d KB%n", rows, Files.size(file) / 1024);
        for (TestDatabase.Engine engine : TestDatabase.Engine.values()) {
            if (engine == TestDatabase.Engine.MYSQL && System.getProperty("test.mysql.url", "").isBlank()) {
                continue;
            }
            try (TestDatabase db = TestDatabase.create(engine); EntityManager em = db.createEntityManager()) {
                DemoProvince demo = DemoProvince.in(db);
                Viewer officer = demo.viewer("canbo.coso");
                MemberImportService service = MemberImportServicePersistenceTest.service(em);
                long start = System.nanoTime();
                ImportPreview preview = TestDatabase.inTransaction(em,
                        () -> service.preview(officer, demo.firstSchoolId(), file, "bench.xlsx"));
                long previewed = System.nanoTime();
                ImportResult result = TestDatabase.inTransaction(em, () -> service.confirm(officer, preview));
                long saved = System.nanoTime();
                System.out.printf("%s: preview %d ms (%d valid), import %d ms (%d saved)%n", engine,
                        (previewed - start) / 1_000_000, preview.getValidCount(), (saved - previewed) / 1_000_000,
                        result.saved());
            }
        }
    }
}
