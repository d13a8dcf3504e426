package org.vitcx.fiji;

import java.util.List;
import java.util.stream.Collectors;

import ij.IJ;

import org.vitcx.model.EngineFacts;
import org.vitcx.model.LibtorchChoice;

/**
 * What {@code ViT-CX Engine...} shows and says, the same from the SciJava command and its ImageJ 1.x twin: the
 * engine's facts, one {@code label: value} line each, the choice's label, and the log of an outcome.
 */
final class EngineReport {

	static final String TITLE = "ViT-CX Engine";
	static final String CHOICE_LABEL = "libtorch from the next start";
	static final List<String> CHOICES = List.of(LibtorchChoice.CPU.toString(), LibtorchChoice.CUDA.toString());

	private EngineReport() {}

	/** One {@code label: value} line per fact of the engine as it runs now. */
	static String facts() {
		return EngineFacts.read().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors
			.joining("\n"));
	}

	/** Writes the facts and {@code outcome} to the Log window (the console, headless); returns the outcome. */
	static String logged(final String outcome) {
		IJ.log(facts() + "\n" + outcome);
		return outcome;
	}
}
