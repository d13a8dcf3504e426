package org.vitcx.cli;

import java.io.PrintStream;
import java.util.Arrays;

import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ToolVersion;
import org.vitcx.batch.UsageException;
import org.vitcx.core.UserMessage;
import org.vitcx.core.vitcx.JitWarmUp;

/**
 * The command-line entry point ({@code java -jar ViT_CX.jar explain|evaluate …}). It only dispatches to the command
 * and turns failures into one line on stderr and an {@link ExitCode}. The Spark job exits with the same codes.
 */
public final class Main {

	static final String OUT_OF_MEMORY = "Java ran out of memory: explain a region or use tiling, or give Java " +
		"more memory (java -Xmx8g -jar …); no output was written.";

	private Main() {}

	public static void main(final String[] args) {
		// file names byte for byte: under a non-UTF-8 locale the command runs again in a UTF-8 JVM
		final int relaunched = Utf8Relaunch.relaunch(args);
		if (relaunched >= 0) System.exit(relaunched);
		// no GUI: ImageJ must never try to open a dialog
		setIfAbsent("java.awt.headless", "true");
		// stderr is for progress and the one-line error; DJL's start-up chatter would drown them
		setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		setIfAbsent("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
		setIfAbsent("org.slf4j.simpleLogger.log.ai.djl.repository.SimpleRepository", "error");
		JitWarmUp.startOnce(); // compiles ViT-CX's mask stages while the image and the model load (docs/benchmarks.md)
		System.exit(run(args, System.out, System.err));
	}

	private static void setIfAbsent(final String key, final String value) {
		if (System.getProperty(key) == null) System.setProperty(key, value);
	}

	/** Runs the command line {@code args}; returns the exit code instead of exiting (for tests and embedding). */
	public static int run(final String[] args, final PrintStream out, final PrintStream stderr) {
		return exit(args, out, stderr).code();
	}

	private static ExitCode exit(final String[] args, final PrintStream out, final PrintStream stderr) {
		final boolean debug = Arrays.asList(args).contains("--debug");
		final Stderr err = Stderr.of(stderr);
		try {
			return dispatch(args, out, err);
		}
		catch (final RuntimeException | LinkageError e) {
			// on a line of its own, not after a progress line the failure interrupted
			err.startLine();
			err.println(Usage.PROGRAM + ": " + UserMessage.of(e, debug ? "its trace follows" :
				"run again with --debug to see where it happened"));
			if (debug) e.printStackTrace(err);
			if (e instanceof UsageException && ((UsageException) e).showUsage()) err.println(args.length > 0 && args[0]
				.equals("evaluate") ? Usage.EVALUATE_LINE : Usage.LINE);
			return ExitCode.of(e);
		}
		catch (final OutOfMemoryError e) {
			// what the memory checks did not foresee; no output was written (OutputFiles), nothing else to undo
			err.startLine();
			err.println(Usage.PROGRAM + ": " + OUT_OF_MEMORY);
			if (debug) e.printStackTrace(err);
			return ExitCode.FAILURE;
		}
		finally {
			err.flush();
			out.flush();
		}
	}

	private static ExitCode dispatch(final String[] args, final PrintStream out, final PrintStream err) {
		if (args.length == 0) throw new UsageException("no command given.", true);
		switch (args[0]) {
			case "explain":
				return new ExplainCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
			case "evaluate":
				return new EvaluateCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
			case "--help":
			case "-h":
			case "help":
				out.print(Usage.MAIN);
				return ExitCode.OK;
			case "--version":
				out.println(ToolVersion.get());
				return ExitCode.OK;
			default:
				throw new UsageException("unknown command '" + args[0] + "'.", true);
		}
	}
}
