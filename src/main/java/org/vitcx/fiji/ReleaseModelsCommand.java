package org.vitcx.fiji;

import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** {@code Plugins › ViT-CX › Release ViT-CX Models} in Fiji: frees the cached models' memory now. */
@Plugin(type = Command.class, menuPath = ReleaseModelsCommand.MENU_PATH, headless = true)
public final class ReleaseModelsCommand implements Command {

	public static final String MENU_PATH = "Plugins>ViT-CX>Release ViT-CX Models";

	@Parameter
	private ModelCacheService models;

	@Parameter
	private StatusService status;

	@Override
	public void run() {
		status.showStatus(Messages.released(models.release()));
	}
}
