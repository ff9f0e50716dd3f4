package io.casefile;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the Cypher statements the application sends: the driver and every driver object it hands out
 * (sessions, transactions, queries) are wrapped, and each {@code run} or {@code execute} is one statement.
 */
public final class CypherStatements implements BeanPostProcessor {

	private static final AtomicLong sent = new AtomicLong();

	/** How many statements the application has sent since the JVM started. */
	public static long sent() {
		return sent.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof Driver driver) ? wrap(driver, Driver.class) : bean;
	}

	@SuppressWarnings("unchecked")
	private static <T> T wrap(Object target, Class<T> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run") || method.getName().equals("execute")) {
				sent.incrementAndGet();
			}
			Object result = invoke(target, method, args);
			Class<?> returned = method.getReturnType();
			if (result != null && returned.isInterface() && returned.getName().startsWith("org.neo4j.driver")
					&& !returned.getName().startsWith("org.neo4j.driver.summary")) {
				return wrap(result, returned);
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
