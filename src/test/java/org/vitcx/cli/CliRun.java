package org.vitcx.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

/** One in-process run of the command line, with what it printed. */
final class CliRun {

	static final Path MODELS = Paths.get("src/test/resources/models");
	static final Path RGB_MODEL = MODELS.resolve("vit_test.pt");
	static final Path GRAY_MODEL = MODELS.resolve("vit_gray_test.pt");

	final int code;
	final String out;
	final String err;

	private CliRun(final int code, final String out, final String err) {
		this.code = code;
		this.out = out;
		this.err = err;
	}

	static CliRun of(final Object... args) {
		final String[] strings = new String[args.length];
		for (int i = 0; i < args.length; i++)
			strings[i] = args[i].toString();
		final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		final int code = Main.run(strings, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err,
			true, StandardCharsets.UTF_8));
		return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** The stderr lines, progress lines (rewritten with \r) excluded. */
	String[] errorLines() {
		return Arrays.stream(err.split("\n")).filter(l -> !l.startsWith("\r") && !l.isBlank()).toArray(
			String[]::new);
	}

	@Override
	public String toString() {
		return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
	}
}
