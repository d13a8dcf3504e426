package org.vitcx.fiji;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import org.vitcx.core.objects.ObjectsExplanation;

/**
 * {@code Plugins › ViT-CX › ViT-CX Explain Objects...} in Fiji: explains every object of the current image (ROIs
 * of the ROI Manager or the overlay, or a label image) in its own window. Its inputs are the keys of {@link
 * CommandKeys#OBJECTS_TABLE} (public API). A thin shell over {@link ObjectsJob}, which the ImageJ 1.x entry
 * ({@link ObjectsPlugin}) shares.
 */
@Plugin(type = Command.class, menuPath = ObjectsCommand.MENU_PATH, headless = true)
public final class ObjectsCommand extends ImageCommand {

	public static final String MENU_PATH = "Plugins>ViT-CX>ViT-CX Explain Objects...";

	/** Every object's result, typed, for a script. */
	@Parameter(type = ItemIO.OUTPUT, required = false, label = "Objects")
	private ObjectsExplanation objects;

	public ObjectsCommand() {
		super(CommandKeys.OBJECTS_TABLE);
	}

	@Override
	public void run() {
		objects = runJob(ObjectsJob.COMMAND, (imp, models, feedback) -> ObjectsJob.run(imp, ObjectsSettings.of(
			values()), models, feedback));
		// not for showing: Fiji's display of outputs would make another window current
		resolveOutput("objects");
	}
}
