package org.vitcx.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.hadoop.fs.Path;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.vitcx.JitWarmUp;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.ModelChecksum;
import org.vitcx.model.TorchScriptClassifier;

/**
 * The model of an executor JVM: loaded once, on the first task that needs it, and kept for the JVM's life, keyed by
 * its path and SHA-256 so that a changed file is never mistaken for the cached one. The classifier takes calls from
 * several threads, so the tasks running at once in one executor share it.
 */
final class ExecutorModel {

	private static final Map<String, ExecutorModel> LOADED = new ConcurrentHashMap<>();

	private final java.nio.file.Path file;
	private final TorchScriptClassifier classifier;

	private ExecutorModel(final java.nio.file.Path file, final TorchScriptClassifier classifier) {
		this.file = file;
		this.classifier = classifier;
	}

	/**
	 * The model at {@code path} whose SHA-256 the driver computed, on the job's {@code --device}; {@code threads}
	 * libtorch threads (the task's {@code spark.task.cpus}), which libtorch fixes when its engine first loads in
	 * this JVM.
	 *
	 * @throws ExplanationException if the executor cannot load it there (e.g. {@code --device gpu} on an executor
	 *           without a CUDA GPU)
	 */
	static ExecutorModel get(final String path, final String sha256, final HadoopConf conf, final int threads,
		final DeviceChoice device)
	{
		return LOADED.computeIfAbsent(path + "@" + sha256 + "@" + device, key -> load(path, sha256, conf, threads,
			device));
	}

	private static ExecutorModel load(final String path, final String sha256, final HadoopConf conf,
		final int threads, final DeviceChoice device)
	{
		// read by DJL's PyTorch engine when it starts; not overridden if the user set them (spark.executor.extraJavaOptions)
		System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", String
			.valueOf(threads)));
		System.setProperty("ai.djl.pytorch.num_interop_threads", System.getProperty(
			"ai.djl.pytorch.num_interop_threads", "1"));
		JitWarmUp.startOnce(); // compiles ViT-CX's mask stages while the model is fetched and loaded
		try {
			final Path source = new Path(path);
			final java.nio.file.Path local = Files.createTempDirectory("vitcx-model").resolve(source.getName());
			HadoopFiles.fetch(source, local, conf.get());
			if (!ModelChecksum.sha256(local).equals(sha256)) throw new ExplanationException("The model file " +
				path + " changed while the job ran: run the job again with a model file that stays put.");
			return new ExecutorModel(local, TorchScriptClassifier.load(local, device));
		}
		catch (final IOException e) {
			throw new UncheckedIOException("cannot copy the model " + path + " to the executor", e);
		}
	}

	/** The executor's local copy, which the CLI arguments name as {@code --model}. */
	java.nio.file.Path file() {
		return file;
	}

	TorchScriptClassifier classifier() {
		return classifier;
	}
}
