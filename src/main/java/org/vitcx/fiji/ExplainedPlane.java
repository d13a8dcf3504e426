package org.vitcx.fiji;

import java.nio.file.Path;

import org.vitcx.core.Region;
import org.vitcx.core.Target;
import org.vitcx.core.input.ChannelMapping;

/**
 * One plane's explanation as {@code ViT-CX Evaluate...} scores it: where it is, what made it, and its map at model
 * resolution, exactly as the method computed it. Handed over typed from {@code Explain}'s output ({@link
 * ExplainResult#on}), or read back from the image's overlay layer ({@link ExplainedLayer}), the macro's way.
 */
interface ExplainedPlane {

	Plane plane();

	/** The model file that made the map, and the SHA-256 it had. */
	Path model();

	String sha256();

	/** The explained class. */
	Target target();

	String label();

	/** The method that made the map ({@code vitcx}, {@code rise}, ...). */
	String method();

	ChannelMapping channels();

	/** The explained rectangle of the image. */
	Region region();

	/** The map at model resolution, row-major. */
	float[] modelMap();
}
