package org.vitcx.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.DirectoryStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on 127.0.0.1 from Spark's own classes, no Spark installation: one Master and
 * {@code workers} one-core Workers, each in its own JVM. A Worker builds its executors' command line from
 * {@code SPARK_HOME/jars}, so a folder of links to Spark's jars stands in for an installation
 * (../shared/notes/platform.md).
 */
final class LocalCluster implements AutoCloseable {

	/** The job's settings on this cluster: one one-core executor per Worker. */
	static final String[] CONF = {"spark.executor.memory=768m", "spark.executor.cores=1", "spark.cores.max=2"};

	private final Path dir;
	private final int port;
	private final Process master;
	private final List<Process> workers = new ArrayList<>();

	LocalCluster(final Path dir, final int workerCount) throws IOException, InterruptedException {
		this.dir = dir;
		final Path home = sparkHome(dir.resolve("spark-home"));
		port = freePort();
		master = start("master", SparkJobCheck.java("-Xmx256m"), List.of("org.apache.spark.deploy.master.Master",
			"--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0"), home);
		awaitPort(port);
		for (int i = 0; i < workerCount; i++)
			workers.add(start("worker" + i, SparkJobCheck.java("-Xmx256m"), List.of(
				"org.apache.spark.deploy.worker.Worker", url(), "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
				"--webui-port", "0", "--work-dir", Files.createDirectories(dir.resolve("work" + i)).toString()), home));
		awaitLog("master", "Registering worker", workerCount);
	}

	String url() {
		return "spark://127.0.0.1:" + port;
	}

	/** Everything the Master and Workers logged, for a failure's message. */
	String logs() throws IOException {
		final StringBuilder all = new StringBuilder();
		for (final String name : List.of("master", "worker0", "worker1"))
			if (Files.exists(log(name))) all.append("== ").append(name).append('\n').append(Files.readString(log(name)));
		return all.toString();
	}

	private static Path sparkHome(final Path home) throws IOException {
		final Path jars = Files.createDirectories(home.resolve("jars"));
		for (final String entry : SparkJobCheck.sparkClassPath()) {
			final Path jar = Paths.get(entry);
			if (Files.isRegularFile(jar) && !Files.exists(jars.resolve(jar.getFileName())))
				Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
		}
		return home;
	}

	private Process start(final String name, final List<String> java, final List<String> main, final Path home)
		throws IOException
	{
		final List<String> command = new ArrayList<>(java);
		command.addAll(main);
		final ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name)
			.toFile());
		pb.environment().put("SPARK_HOME", home.toString());
		pb.environment().put("SPARK_SCALA_VERSION", "2.13");
		pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
		return pb.start();
	}

	private Path log(final String name) {
		return dir.resolve(name + ".log");
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private static void awaitPort(final int port) throws InterruptedException, IOException {
		for (int i = 0; i < 600; i++) {
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			}
			catch (final IOException e) {
				Thread.sleep(100);
			}
		}
		throw new IOException("the Spark Master did not open port " + port + " within a minute");
	}

	private void awaitLog(final String name, final String text, final int times) throws InterruptedException,
		IOException
	{
		for (int i = 0; i < 1200; i++) {
			final String log = new String(Files.readAllBytes(log(name)), StandardCharsets.UTF_8);
			if (log.split(text, -1).length - 1 >= times) return;
			Thread.sleep(100);
		}
		throw new IOException("the Workers did not register within two minutes\n" + logs());
	}

	/**
	 * Kills outright ({@code kill -9}) the Worker that runs executor {@code executor} (found by the folder the
	 * Worker made for it, {@code work<i>/<app>/<executor>}); the executor exits when it loses its Worker.
	 */
	void killWorkerOf(final String executor) throws IOException, InterruptedException {
		for (int i = 0; i < workers.size(); i++)
			try (DirectoryStream<Path> apps = Files.newDirectoryStream(dir.resolve("work" + i), "app-*")) {
				for (final Path app : apps)
					if (Files.isDirectory(app.resolve(executor))) {
						workers.get(i).destroyForcibly().waitFor();
						return;
					}
			}
		throw new IOException("no Worker runs executor " + executor + "\n" + logs());
	}

	@Override
	public void close() throws InterruptedException {
		for (final Process p : workers)
			stop(p);
		stop(master);
	}

	private static void stop(final Process p) throws InterruptedException {
		p.destroy();
		if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
	}
}
