package org.vitcx.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.training.ParameterStore;
import ai.djl.translate.NoopTranslator;

import org.vitcx.core.Classifier;
import org.vitcx.core.ModelInfo;

/**
 * A ViT-CX model file (docs/model-format.md) running in DJL's PyTorch engine. Every call works in its own
 * {@link NDManager} scope and copies results to Java arrays before the scope closes, so no native tensor
 * outlives a call, also when a call fails. Calls may come from several threads.
 *
 * <p>A file exported with {@code --attentions} loads as a {@link TorchScriptAttentionClassifier}, which also
 * returns attention maps; only this package subclasses it.
 */
public class TorchScriptClassifier implements Classifier {

	private static final String GRAPH_OPTIMIZER = "ai.djl.pytorch.graph_optimizer";

	static {
		DjlOffline.ensure();
		// TorchScript's profiling executor re-specialises the graph whenever the batch size changes, which costs
		// seconds per call when ViT-CX alternates between one clean image and full and partial batches; without
		// it every call runs at steady-state speed (docs/benchmarks.md). A value the user set is kept.
		if (System.getProperty(GRAPH_OPTIMIZER) == null) System.setProperty(GRAPH_OPTIMIZER, "false");
	}

	private final ZooModel<NDList, NDList> model;
	private final ModelInfo info;
	private final Device device;
	/** The file name, for messages. */
	private final String file;

	TorchScriptClassifier(final ZooModel<NDList, NDList> model, final ModelInfo info, final Device device) {
		this.model = model;
		this.info = info;
		this.device = device;
		this.file = model.getName();
	}

	/**
	 * Loads a model file on the chosen device.
	 *
	 * @throws InvalidModelException if the file is missing, not TorchScript, or lacks our metadata or outputs
	 */
	public static TorchScriptClassifier load(final Path file, final DeviceChoice choice) {
		if (!Files.isRegularFile(file))
			throw new InvalidModelException("The model file " + file + " does not exist.");
		final Device device = Device.fromName(choice.resolve(gpuCount()));
		// DJL finds the model zoo and the repository through the context class loader, as it finds the engine
		final ZooModel<NDList, NDList> model = PluginContext.call(() -> loadZooModel(file, device));
		try {
			final String json = model.getProperty(ModelMetadata.EXTRA_FILE);
			final ModelInfo info = ModelMetadata.parse(json);
			Quantization.checkDevice(info.quantization(), device.getDeviceType());
			final AttentionOutput attentions = ModelMetadata.attentions(json);
			final TorchScriptClassifier classifier = attentions == null ? new TorchScriptClassifier(model, info, device)
				: new TorchScriptAttentionClassifier(model, info, device, attentions);
			classifier.checkOutputs();
			return classifier;
		}
		catch (final RuntimeException | Error e) {
			model.close();
			throw e;
		}
	}

	/** How many CUDA GPUs DJL's PyTorch engine sees (0 with the CPU build). Starts the engine on first use. */
	public static int gpuCount() {
		return EngineStart.pytorch().getGpuCount();
	}

	/**
	 * Loads the file into a new DJL model, closed again if the file does not load: DJL's {@code Criteria} would
	 * leave a failed model to the garbage collector, with its native handle.
	 */
	private static ZooModel<NDList, NDList> loadZooModel(final Path file, final Device device) {
		final String name = file.getFileName().toString();
		final Model model = Model.newInstance(name, device, EngineStart.ENGINE);
		try {
			model.load(file.toAbsolutePath(), name, Map.of("mapLocation", "true", "extraFiles",
				ModelMetadata.EXTRA_FILE));
			return new ZooModel<>(model, new NoopTranslator());
		}
		catch (final IOException | MalformedModelException | RuntimeException | Error e) {
			model.close();
			throw new InvalidModelException("Cannot load " + name + " as a TorchScript model (" + firstLine(e) + ").",
				e);
		}
	}

	/**
	 * One tiny forward pass proves the file returns (logits, tokens) of the promised types and shapes (checked by
	 * {@link ModelOutput} on every call).
	 */
	void checkOutputs() {
		forwardWithTokens(new float[info.imageLength()]);
	}

	@Override
	public ModelInfo info() {
		return info;
	}

	/** The device the model runs on. */
	@Override
	public String device() {
		return device.toString();
	}

	@Override
	public float[][] logits(final float[] images, final int count) {
		final float[] packed = images.length == count * info.imageLength() ? images : java.util.Arrays.copyOf(images,
			count * info.imageLength());
		try (NDManager scope = newScope()) {
			final NDList out = forward(scope, packed, count);
			final int classes = info.classes();
			final float[] flat = ModelOutput.logits(out.get(0), file, count, classes);
			final float[][] logits = new float[count][];
			for (int i = 0; i < count; i++)
				logits[i] = java.util.Arrays.copyOfRange(flat, i * classes, (i + 1) * classes);
			return logits;
		}
	}

	@Override
	public Forward forwardWithTokens(final float[] image) {
		try (NDManager scope = newScope()) {
			final NDList out = forward(scope, image, 1);
			return new Forward(ModelOutput.logits(out.get(0), file, 1, info.classes()), ModelOutput.floats(out.get(1),
				file, "token values", 1, info.tokens().tokensLength(), "its metadata describes " + info.tokens()
					.describe()));
		}
	}

	/** A scope for one call: every tensor it creates is released when it closes. */
	NDManager newScope() {
		return model.getNDManager().newSubManager(device);
	}

	private NDList forward(final NDManager scope, final float[] images, final int count) {
		final NDList out = run(scope, images, count, null);
		if (out.size() < 2)
			throw new InvalidModelException("The model returns " + out.size() + " output(s); ViT-CX needs two, " +
				"(logits, tokens).");
		return out;
	}

	/**
	 * Runs the module's method {@code method} ({@code forward} when null) on {@code count} images. DJL calls
	 * another traced method when the inputs carry an array named {@code module_method:NAME}.
	 */
	NDList run(final NDManager scope, final float[] images, final int count, final String method) {
		// libtorch's grad mode is per thread: make sure no autograd graph is built on this one
		JniUtils.setGradMode(false);
		final NDList inputs = new NDList(scope.create(images, new Shape(count, info.channels(), info.height(), info
			.width())));
		if (method != null) {
			final NDArray selector = scope.zeros(new Shape(1));
			selector.setName("module_method:" + method);
			inputs.add(selector);
		}
		try {
			// the block attaches its outputs to the input's manager, i.e. to this call's scope
			return model.getBlock().forward(new ParameterStore(scope, false), inputs, false);
		}
		catch (final RuntimeException e) {
			throw new InvalidModelException("The model failed on a " + count + "×" + info.channels() + "×" + info
				.height() + "×" + info.width() + " input (" + firstLine(e) + ").", e);
		}
	}

	/** Native resources the model's manager holds (tests check that calls leave none behind). */
	int openResources() {
		final String description = model.getNDManager().toString();
		return Integer.parseInt(description.substring(description.lastIndexOf(' ') + 1));
	}

	@Override
	public void close() {
		model.close();
	}

	/**
	 * The cause's own words in one line: the first line of its message, except for a TorchScript traceback,
	 * whose first line only says that the interpreter failed and whose last "…Error: …" line says why.
	 */
	static String firstLine(final Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getMessage() == null)
			t = t.getCause();
		final String[] lines = String.valueOf(t.getMessage()).split("\\R");
		if (lines.length > 1 && lines[0].contains("TorchScript")) for (int i = lines.length - 1; i > 0; i--)
			if (lines[i].strip().matches("[\\w.]*(Error|Exception): .+")) return lines[i].strip();
		return lines[0];
	}
}
