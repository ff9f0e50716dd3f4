package io.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Casefile run as a process of its own, as a person runs it (the server, or the
 * {@code import} command), from the test run's classes: so that a test can kill it with
 * {@code kill -9} and see what the database kept. What it prints is kept for the test to
 * wait on.
 */
public final class CasefileProcess implements AutoCloseable {

	private final Process process;

	private final StringBuffer output = new StringBuffer();

	private CasefileProcess(Process process) {
		this.process = process;
		Thread.ofVirtual().start(() -> copy(process.getInputStream()));
	}

	/** Starts {@code CasefileApplication} with these arguments and a heap of 512 MB. */
	public static CasefileProcess start(String... args) {
		return start(List.of("-Xmx512m"), args);
	}

	/** The flags {@code jvm.options} gives the JVM, as the README starts the server. */
	public static List<String> casefilesJvmOptions() {
		return List.of("@" + Path.of("jvm.options").toAbsolutePath());
	}

	/**
	 * Starts {@code CasefileApplication} with these JVM flags (besides those the embedded
	 * Neo4j needs) and these arguments.
	 */
	public static CasefileProcess start(List<String> jvmFlags, String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// The flags the embedded Neo4j needs, as this test JVM was given them.
		ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter((flag) -> flag.startsWith("--add-opens") || flag.startsWith("--enable-native-access")
					|| flag.startsWith("--sun-misc"))
			.forEach(command::add);
		command.addAll(jvmFlags);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(CasefileApplication.class.getName());
		command.addAll(List.of(args));
		try {
			return new CasefileProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A TCP port on loopback that nothing listens on now. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until the process has printed this, or fails saying what it printed. */
	public void awaitOutput(String text, Duration timeout) throws InterruptedException {
		long until = System.nanoTime() + timeout.toNanos();
		while (this.output.indexOf(text) < 0) {
			if (!this.process.isAlive()) {
				throw new AssertionError("The process ended (exit " + this.process.exitValue() + ") without printing \""
						+ text + "\":\n" + tail());
			}
			if (System.nanoTime() > until) {
				throw new AssertionError("The process did not print \"" + text + "\" in " + timeout + ":\n" + tail());
			}
			Thread.sleep(50);
		}
	}

	/** Waits until the server on this port says it is up. */
	public void awaitHealthy(int port, Duration timeout) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long until = System.nanoTime() + timeout.toNanos();
		while (true) {
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			if (!this.process.isAlive() || System.nanoTime() > until) {
				throw new AssertionError("The server did not come up:\n" + tail());
			}
			Thread.sleep(200);
		}
	}

	/** Kills the process as {@code kill -9} does: no shutdown hook runs. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * Stops the process as Ctrl-C does (its shutdown hooks run, so the database closes
	 * cleanly), or kills it after this long.
	 */
	public void stop(Duration timeout) throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			kill();
		}
	}

	/** Waits for the process to end; its exit code. */
	public int waitFor(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("The process did not end in " + timeout + ":\n" + tail());
		}
		return this.process.exitValue();
	}

	/** The process's id, to read what the system says of it. */
	public long pid() {
		return this.process.pid();
	}

	/** Everything the process printed. */
	public String output() {
		return this.output.toString();
	}

	private String tail() {
		String all = this.output.toString();
		return all.substring(Math.max(0, all.length() - 4_000));
	}

	private void copy(InputStream in) {
		byte[] buffer = new byte[8192];
		try (in) {
			for (int read; (read = in.read(buffer)) >= 0;) {
				this.output.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ended) {
			// The process is gone.
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
