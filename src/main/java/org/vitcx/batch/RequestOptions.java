package org.vitcx.batch;

import static org.vitcx.batch.OptionReader.wholeNumber;
import static org.vitcx.batch.UsageException.check;

import java.util.Set;

import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.objects.ObjectWindow;
import org.vitcx.core.tiles.TileOptions;
import org.vitcx.model.DeviceChoice;

/**
 * The options of {@code explain} that say what to do to each image — the method and its options, {@code --target},
 * {@code --device}, {@code --tile}, {@code --stride}, {@code --objects}, {@code --window}, {@code --overwrite} — read into an {@link ExplainRequest}: by
 * the command line beside its paths, and by the Spark job's driver from the options it passes on. Every value error
 * is a {@link UsageException} naming the option.
 */
public final class RequestOptions {

	/** The options read here that take a value. */
	public static Set<String> valued() {
		return MethodArguments.with("--method", "--target", "--device", "--tile", "--stride", "--objects",
			"--window");
	}

	private final ExplainRequest.Builder request = ExplainRequest.builder();
	private final MethodArguments methodArguments = new MethodArguments();
	private String methodName = SaliencyMethods.DEFAULT;
	private int[] tile;
	private int stride;
	private String objects;
	private String window;

	/** Reads the request's options of {@code args} (nothing else is allowed), as the Spark job's driver does. */
	public static ExplainRequest parse(final String[] args) {
		final RequestOptions options = new RequestOptions();
		OptionReader.read(args, valued(), (name, value) -> options.set(name, value));
		return options.build();
	}

	/** Reads one option of {@link #valued} or {@code --overwrite}; returns false for any other name. */
	public boolean set(final String name, final String value) {
		if (methodArguments.set(name, value)) return true;
		switch (name) {
			case "--method":
				methodName = value;
				return true;
			case "--target":
				check(name, value, request::optTarget);
				return true;
			case "--device":
				request.optDevice(check(name, value, DeviceChoice::parse));
				return true;
			case OptionReader.OVERWRITE:
				request.optOverwrite(true);
				return true;
			case "--tile":
				tile = check(name, value, TileOptions::parseWindow);
				return true;
			case "--stride":
				stride = check(name, value, v -> TileOptions.builder().optStride(wholeNumber(v, Integer::parseInt))
					.build().stride());
				return true;
			case "--objects":
				objects = new ObjectsPattern(name, value).toString();
				return true;
			case "--window":
				window = check(name, value, v -> {
					ObjectWindow.parse(v);
					return v;
				});
				return true;
			default:
				return false;
		}
	}

	/**
	 * The request; checks the method's name and, for a window given in pixels, the stride (a window of the model's
	 * size is checked once the model is loaded, {@link ModelOptionCheck}).
	 */
	public ExplainRequest build() {
		if (tile != null) request.optTiling(tile, stride);
		if (window != null && objects == null) throw new UsageException("--window needs --objects: it sizes the " +
			"window around each object.");
		if (objects != null && tile != null) throw new UsageException("--objects and --tile are both given: " +
			"objects are explained in windows of their own; give one.");
		if (objects != null) request.optObjects(objects, window != null ? window : "model");
		final ExplainRequest built = check("--method", methodName, name -> request.optMethod(name, methodArguments
			.values()).optChannels(methodArguments.channels()).optBatchSize(methodArguments.batchSize()).build());
		if (stride > 0 && tile == null) throw new UsageException("--stride needs --tile: add --tile auto.");
		if (tile != null && tile[0] > 0) ModelOptionCheck.checkStride(built.tiling(), 0, 0);
		return built;
	}
}
