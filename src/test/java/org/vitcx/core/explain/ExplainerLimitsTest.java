package org.vitcx.core.explain;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.FakeClassifier;
import org.vitcx.core.input.ChannelMapping;

/** What the engine refuses before any work: images too small for the token grid, too large for the memory. */
class ExplainerLimitsTest {

	private final Explainer explainer = new Explainer(new FakeClassifier());

	@Test
	void anImageSmallerThanTheTokenGridIsRefused() {
		final ExplanationException e = assertThrows(ExplanationException.class, () -> explainer.prepare(constant(1,
			1), ChannelMapping.auto(), Cancellation.NEVER));
		assertTrue(e.getMessage().startsWith("The image is 1×1 pixels, smaller than the model's "), e.getMessage());
	}

	/** A 100000² view costs nothing to make; its map would need 40 GB: refused before a byte is allocated. */
	@Test
	void anImageLargerThanTheMemoryIsRefusedWithWhatToDo() {
		final ExplanationException e = assertThrows(ExplanationException.class, () -> explainer.prepare(constant(
			100_000, 100_000), ChannelMapping.auto(), Cancellation.NEVER));
		assertTrue(e.getMessage().startsWith("Explaining a 100000×100000 image needs about "), e.getMessage());
		assertTrue(e.getMessage().contains("explain a region or use tiling"), e.getMessage());
	}

	private static RandomAccessibleInterval<UnsignedByteType> constant(final long w, final long h) {
		return Views.interval(Views.extendValue(ArrayImgs.unsignedBytes(1, 1),
			new UnsignedByteType(7)), new FinalInterval(w, h));
	}
}
