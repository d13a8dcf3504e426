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
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleService;

/** Runs the SciJava command through {@link CommandService}, as Fiji does, in one context shared by the tests. */
final class Commands {

	private static Context context;

	private Commands() {}

	/** The shared context (created once; it lives as long as the test JVM, like Fiji's). */
	static synchronized Context context() {
		if (context == null) context = new Context();
		return context;
	}

	static ImageCommand run(final Map<String, Object> inputs) {
		return run(context(), ExplainCommand.class, inputs);
	}

	/**
	 * Runs Explain or Evaluate as Fiji's menus and macros do, through the {@link ModuleService}: they are
	 * {@link org.scijava.command.DynamicCommand}s, for which {@link CommandService#run} returns no future.
	 */
	static ImageCommand run(final Context context, final Class<? extends ImageCommand> command,
		final Map<String, Object> inputs)
	{
		final CommandInfo info = context.service(CommandService.class).getCommand(command);
		return (ImageCommand) done(context.service(ModuleService.class).run(info, true, inputs));
	}

	static <M> M done(final Future<M> future) {
		try {
			return future.get(2, TimeUnit.MINUTES);
		}
		catch (final InterruptedException | ExecutionException | TimeoutException e) {
			throw new AssertionError("the command did not finish: " + e, e);
		}
	}

	/** Every key at its documented default (so persisted values never leak between tests), and the image. */
	static Map<String, Object> inputs(final ImagePlus imp, final Path model) {
		final Map<String, Object> in = inputs(CommandKeys.EXPLAIN, imp, "");
		in.put("model", model == null ? null : new File(model.toString()));
		return in;
	}

	/** The SciJava inputs a macro options string sets for a command with these keys (the rest at defaults). */
	static Map<String, Object> inputs(final KeyTable keys, final ImagePlus imp, final String options) {
		final KeyTable.Values values = keys.parse(options);
		final Map<String, Object> in = new LinkedHashMap<>();
		in.put("imp", imp);
		for (final Key<?> k : keys.keys())
			in.put(k.name, values.get(k));
		return in;
	}
}
