package org.vitcx.fiji;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import ij.ImagePlus;

import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** Runs the SciJava command through {@link CommandService}, as Fiji does, in one context shared by the tests. */
final class Commands {

	private static Context context;

	private Commands() {}

	/** The shared context (created once; it lives as long as the test JVM, like Fiji's). */
	static synchronized Context context() {
		if (context == null) context = new Context();
		return context;
	}

	static CommandModule run(final Map<String, Object> inputs) {
		return done(context().service(CommandService.class).run(ExplainCommand.class, true, inputs));
	}

	static CommandModule done(final Future<CommandModule> future) {
		try {
			return future.get(2, TimeUnit.MINUTES);
		}
		catch (final InterruptedException | ExecutionException | TimeoutException e) {
			throw new AssertionError("the command did not finish: " + e, e);
		}
	}

	/** Every key at its documented default (so persisted values never leak between tests), and the image. */
	static Map<String, Object> inputs(final ImagePlus imp, final Path model) {
		final Map<String, Object> in = new LinkedHashMap<>();
		in.put("imp", imp);
		in.put("model", model == null ? null : new File(model.toString()));
		in.put("target", "auto");
		in.put("threshold", 0.1);
		in.put("sigma", 0.1);
		in.put("seed", 0L);
		in.put("batch", 0);
		in.put("device", "auto");
		in.put("opacity", 0.5);
		in.put("lut", "viridis");
		in.put("saliency", false);
		in.put("slices", "current");
		in.put("channels", "auto");
		return in;
	}
}
