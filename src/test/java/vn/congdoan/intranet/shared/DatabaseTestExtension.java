package vn.congdoan.intranet.shared;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs a {@link DatabaseTest} once per {@link TestDatabase.Engine}. The databases live in the test class's store, so
 * they are created on first use and closed (dropped) when the class is done.
 */
final class DatabaseTestExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DatabaseTestExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().isPresent();
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Arrays.stream(TestDatabase.Engine.values()).map(Invocation::new);
    }

    private record Invocation(TestDatabase.Engine engine) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + engine + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new EngineCondition(engine), new Resolver(engine));
        }
    }

    /** Skips the run on an engine that is not configured, and says how to configure it. */
    private record EngineCondition(TestDatabase.Engine engine) implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = engine.unavailableReason();
            return reason == null ? ConditionEvaluationResult.enabled(engine + " configured")
                    : ConditionEvaluationResult.disabled(reason);
        }
    }

    /** Hands the run its engine's database and a fresh EntityManager on it. */
    private record Resolver(TestDatabase.Engine engine) implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == TestDatabase.class || type == EntityManager.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            TestDatabase database = database(context);
            if (parameter.getParameter().getType() == TestDatabase.class) {
                return database;
            }
            return context.getStore(NAMESPACE).getOrComputeIfAbsent(EntityManager.class,
                    key -> new ClosingEntityManager(database.createEntityManager()), ClosingEntityManager.class).em();
        }

        private TestDatabase database(ExtensionContext context) {
            ExtensionContext classContext = context.getParent().flatMap(ExtensionContext::getParent)
                    .filter(parent -> parent.getTestMethod().isEmpty())
                    .orElseThrow(() -> new IllegalStateException("@DatabaseTest outside a test class"));
            return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(engine, TestDatabase::create,
                    TestDatabase.class);
        }
    }

    /** Rolls back what a test left open and closes its EntityManager when the run ends. */
    private record ClosingEntityManager(EntityManager em) implements AutoCloseable {

        @Override
        public void close() {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
