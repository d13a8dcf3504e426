package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Paths;

import ij.ImagePlus;
import ij.process.ColorProcessor;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;
import org.vitcx.core.Cancellation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Target;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.vitcx.ViTCXMethod;
import org.vitcx.core.vitcx.ViTCXOptions;
import org.vitcx.imagej.DisplayedRgb;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.imagej.ImagePlusAdapterTest;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/** ViT-CX reads the user's image through the adapter and must leave every pixel as it was. */
class PixelsUnchangedTest {

	private static final String MODELS = "src/test/resources/models/";

	@Test
	void anRgbImageIsUnchangedByAnExplanation() {
		final ColorProcessor ip = new ColorProcessor(70, 50);
		for (int i = 0; i < ip.getPixelCount(); i++)
			ip.set(i, i * 2654435761L > 0 ? (int) (i * 2654435761L) & 0xffffff : i);
		final ImagePlus imp = new ImagePlus("rgb", ip);
		assertUnchangedByExplaining(imp, "vit_test.pt", ChannelMapping.auto());
	}

	@Test
	void aCompositeIsUnchangedByAnExplanationOfOneChannel() {
		final ImagePlus imp = ImagePlusAdapterTest.composite(3, 2, 1);
		assertUnchangedByExplaining(imp, "vit_gray_test.pt", ChannelMapping.of(1));
	}

	private static void assertUnchangedByExplaining(final ImagePlus imp, final String model,
		final ChannelMapping channels)
	{
		final long before = Fixtures.checksum(imp);
		final double min = imp.getDisplayRangeMin(), max = imp.getDisplayRangeMax();
		try (TorchScriptClassifier classifier = TorchScriptClassifier.load(Paths.get(MODELS + model),
			DeviceChoice.CPU))
		{
			explain(new Explainer(classifier), imp, channels);
		}
		assertEquals(before, Fixtures.checksum(imp));
		assertEquals(min, imp.getDisplayRangeMin());
		assertEquals(max, imp.getDisplayRangeMax());
	}

	private static <T extends RealType<T>> void explain(final Explainer explainer, final ImagePlus imp,
		final ChannelMapping channels)
	{
		final RandomAccessibleInterval<T> plane = ImagePlusAdapter.wrap(imp);
		explainer.explain(plane, new ViTCXMethod(ViTCXOptions.builder().optSigma(0).build()), Target.top1(), channels,
			ProgressListener.NONE, Cancellation.NEVER);
		DisplayedRgb.of(imp, 1, 1);
	}
}
