package org.vitcx.batch;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Encodes a PNG to a stream, without ImageIO's disk cache (which would write a second file to the temp folder). */
public final class Png {

	private Png() {}

	public static void write(final RenderedImage image, final OutputStream out) throws IOException {
		try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			if (!ImageIO.write(image, "png", stream)) throw new IOException("no PNG writer");
		}
	}
}
