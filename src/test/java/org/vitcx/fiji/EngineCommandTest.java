package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import org.vitcx.model.LibtorchChoice;

/**
 * Both entries of {@code ViT-CX Engine...} show the engine and keep the saved (default) choice; choosing cuda is
 * never exercised here (LibtorchChoiceTest decides it with injected probes).
 */
class EngineCommandTest {

	@Test
	void theSciJavaCommandShowsTheEngineBeforeItsDialog() {
		final CommandModule module = Commands.done(Commands.context().service(CommandService.class).run(
			EngineCommand.class, true, "libtorch", "cpu"));
		assertFalse(module.isCanceled(), module.getCancelReason());
		final String engine = (String) module.getInput("engine");
		assertTrue(engine.startsWith("<html>libtorch: 2.7.1") && engine.contains("<br>build: CPU<br>"), engine);
		assertEquals(LibtorchChoice.CPU, LibtorchChoice.saved());
	}

	@Test
	void theImageJ1EntryTakesTheSameMacroKeyAndLogsTheFacts() {
		final Macros.Outcome outcome = Macros.run("run('ViT-CX Engine...', 'libtorch=cpu');");
		assertNull(outcome.error, outcome.toString());
		final String log = String.join("\n", outcome.log);
		assertTrue(log.contains("build: CPU") && log.contains("network: offline, telemetry off") && log.contains(
			"Unchanged: the bundled CPU build"), log);
	}
}
