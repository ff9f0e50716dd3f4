package io.casefile;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the Cypher statements the application sends: the driver and every driver object
 * it hands out (sessions, transactions, queries) are wrapped, and each {@code run} or
 * {@code execute} is one statement.
 */
public final class CypherStatements implements BeanPostProcessor {

	private static final AtomicLong sent = new AtomicLong();

	private static final Map<String, AtomicLong> texts = new ConcurrentHashMap<>();

	/** The parameters each statement was last sent with, for the plan test. */
	private static final Map<String, Object> parameters = new ConcurrentHashMap<>();

	/** How many statements the application has sent since the JVM started. */
	public static long sent() {
		return sent.get();
	}

	/** Each statement's text the application has sent, and how many times. */
	public static Map<String, Long> texts() {
		Map<String, Long> counts = new TreeMap<>();
		texts.forEach((text, count) -> counts.put(text, count.get()));
		return counts;
	}

	/**
	 * The statements sent since {@link #forgetParameters()}, each with the parameters it
	 * was last sent with (a driver {@code Value} or a {@code Map}).
	 */
	public static Map<String, Object> withParameters() {
		return new TreeMap<>(parameters);
	}

	public static void forgetParameters() {
		parameters.clear();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof Driver) ? wrap(bean) : bean;
	}

	private static Object wrap(Object target) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run") || method.getName().equals("execute")) {
				sent.incrementAndGet();
				if (args != null && args.length > 0) {
					String text = (args[0] instanceof Query query) ? query.text() : String.valueOf(args[0]);
					texts.computeIfAbsent(text, (t) -> new AtomicLong()).incrementAndGet();
					Object given = (args[0] instanceof Query query) ? query.parameters()
							: (args.length > 1 && args[1] != null) ? args[1] : Map.of();
					if (given instanceof Value || given instanceof Map) {
						parameters.put(text, given);
					}
				}
			}
			Object result = invoke(target, method, args);
			return (result != null && !driverInterfaces(result.getClass()).isEmpty()) ? wrap(result) : result;
		};
		List<Class<?>> interfaces = driverInterfaces(target.getClass());
		return Proxy.newProxyInstance(target.getClass().getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
	}

	/**
	 * The driver's public API interfaces a class implements (sessions, transactions,
	 * results), not summaries.
	 */
	private static List<Class<?>> driverInterfaces(Class<?> type) {
		Set<Class<?>> found = new LinkedHashSet<>();
		for (Class<?> c = type; c != null; c = c.getSuperclass()) {
			collect(c.getInterfaces(), found);
		}
		return found.stream()
			.filter((i) -> Modifier.isPublic(i.getModifiers()) && i.getName().startsWith("org.neo4j.driver.")
					&& !i.getName().startsWith("org.neo4j.driver.summary") && !i.getName().contains(".internal."))
			.toList();
	}

	private static void collect(Class<?>[] interfaces, Set<Class<?>> found) {
		for (Class<?> i : interfaces) {
			if (found.add(i)) {
				collect(i.getInterfaces(), found);
			}
		}
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
