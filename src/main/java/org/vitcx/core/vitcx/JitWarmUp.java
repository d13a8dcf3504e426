package org.vitcx.core.vitcx;

import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import org.vitcx.core.StageTimer;
import org.vitcx.core.features.TokenGrid;

/**
 * Lets the JIT compile the mask stages ({@link MaskGeneration}) before the first explanation needs them.
 *
 * <p>The command line explains one image per process, so without this the stages run mostly interpreted or in
 * the JIT's first, profiling tier: for ViT-B/16 they took 160–190 ms in a fresh JVM against 37 ms once compiled
 * (docs/benchmarks.md). Loading a model takes longer than compiling them and leaves a core idle while the file
 * is read, so each edge that loads models — the command line's {@code main}, Fiji's model cache, the Spark
 * executor — starts this warm-up, once per JVM, on a low-priority daemon thread, and the model loader knows nothing
 * of it: the same code runs a few times on synthetic tokens. It changes no result — the stages are deterministic
 * and compiled code computes the same values as interpreted code.
 */
public final class JitWarmUp {

	/** A ViT-B/16-like grid with fewer channels: large enough for every loop to reach the optimising compiler. */
	private static final TokenGrid GRID = new TokenGrid(TokenGrid.Layout.BND, 1, 14, 14, 192);
	private static final int SIZE = 224;
	private static final int ROUNDS = 10;
	private static final AtomicBoolean STARTED = new AtomicBoolean();

	private JitWarmUp() {}

	/**
	 * Starts the warm-up thread unless it was started before in this JVM; returns at once.
	 *
	 * @return whether this call started it
	 */
	public static boolean startOnce() {
		if (!STARTED.compareAndSet(false, true)) return false;
		final Thread thread = new Thread(JitWarmUp::run, "ViT-CX JIT warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
		return true;
	}

	/**
	 * Runs the mask stages {@value #ROUNDS} times on smooth random tokens that form several clusters, so that
	 * every stage, merging included, runs its loops.
	 *
	 * @return K of the last round
	 */
	static int run() {
		final Random random = new Random(0);
		int k = 0;
		for (int round = 0; round < ROUNDS; round++)
			k = MaskGeneration.run(GRID, SIZE, SIZE, tokens(random), ViTCXOptions.DEFAULT_THRESHOLD, true,
				new StageTimer()).masks().length;
		return k;
	}

	/** Each channel is one of a few smooth patterns plus a little noise, so the clustering merges some maps. */
	private static float[] tokens(final Random random) {
		final float[] tokens = new float[GRID.tokensLength()];
		final int cells = GRID.height() * GRID.width(), dim = GRID.dim();
		for (int d = 0; d < dim; d++) {
			final int pattern = d % 8;
			for (int cell = 0; cell < cells; cell++) {
				final int i = cell / GRID.width(), j = cell % GRID.width();
				tokens[(GRID.prefixTokens() + cell) * dim + d] = (float) (Math.sin(0.4 * (pattern + 1) * i + pattern * j *
					0.3) + 0.05 * random.nextGaussian());
			}
		}
		return tokens;
	}
}
