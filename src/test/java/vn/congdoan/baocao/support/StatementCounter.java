package vn.congdoan.baocao.support;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For benchmarks: counts the SQL statements sent through an application context's data sources (each statement
 * of a JDBC batch counts as one), by wrapping every {@link DataSource} bean. Import {@link Configuration}, or
 * add the counter to a context as a bean post-processor.
 */
public final class StatementCounter implements BeanPostProcessor {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    private final AtomicLong statements = new AtomicLong();

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    public long count() {
        return statements.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(dataSource, new Class<?>[] {DataSource.class, Closeable.class}, (method, args) -> {
                if (method.getName().equals("close") && method.getParameterCount() == 0) {
                    if (dataSource instanceof AutoCloseable closeable) {
                        closeable.close();
                    }
                    return null;
                }
                Object result = method.invoke(dataSource, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private Connection connection(Connection connection) {
        return proxy(connection, new Class<?>[] {Connection.class}, (method, args) -> {
            Object result = method.invoke(connection, args);
            if (result instanceof CallableStatement statement) {
                return statement(statement, CallableStatement.class);
            }
            if (result instanceof PreparedStatement statement) {
                return statement(statement, PreparedStatement.class);
            }
            if (result instanceof Statement statement) {
                return statement(statement, Statement.class);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(S statement, Class<S> type) {
        return proxy(statement, new Class<?>[] {type}, (method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                statements.incrementAndGet();
            }
            return method.invoke(statement, args);
        });
    }

    private interface Call {
        Object on(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Object target, Class<?>[] interfaces, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals":
                    if (method.getParameterCount() == 1) {
                        return proxy == args[0];
                    }
                    break;
                case "hashCode":
                    if (method.getParameterCount() == 0) {
                        return System.identityHashCode(proxy);
                    }
                    break;
                default:
                    break;
            }
            try {
                return call.on(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, handler);
    }
}
