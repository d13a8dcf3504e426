package org.vitcx.batch;

import org.vitcx.core.Classifier;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.Region;
import org.vitcx.core.tiles.TileGrid;
import org.vitcx.core.tiles.TileOptions;

/**
 * The options of a request that only the loaded model can check — a target class by label or index, a method's
 * needs (attention rollout needs attention maps), a tile stride against the model's window — checked once, right
 * after the model is loaded and before any image is explained. A mismatch is a wrong command line (exit code 2,
 * naming the option), not a failure per image: a collection of 10,000 images does not give 10,000 error rows for
 * a misspelt class.
 */
public final class ModelOptionCheck {

	private ModelOptionCheck() {}

	/** @throws UsageException naming the first option that does not suit {@code classifier} */
	public static void check(final ExplainRequest request, final Classifier classifier) {
		final ModelInfo model = classifier.info();
		if (!request.parsedTarget().isAuto()) UsageException.check("--target", request.target(), v -> request.parsedTarget()
			.resolve(model.labels(), new double[model.classes()]));
		UsageException.check("--method", request.methodName(), v -> {
			request.method().checkSupports(classifier);
			return v;
		});
		if (request.tiling() != null) checkStride(request.tiling(), model.width(), model.height());
	}

	/**
	 * Checks the stride against the window (the model's {@code modelWidth × modelHeight} for a window of 0, which
	 * the caller may pass before the model is known): tiles must overlap or touch.
	 *
	 * @throws UsageException naming {@code --stride}
	 */
	public static void checkStride(final TileOptions t, final int modelWidth, final int modelHeight) {
		final int w = t.width() > 0 ? t.width() : modelWidth, h = t.height() > 0 ? t.height() : modelHeight;
		if (t.stride() > 0) UsageException.check("--stride", Integer.toString(t.stride()), v -> new TileGrid(new Region(0, 0, w, h),
			w, h, t.stride()));
	}
}
