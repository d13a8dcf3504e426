package org.vitcx.model;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.repository.zoo.ZooModel;

import org.vitcx.core.AttentionClassifier;
import org.vitcx.core.ModelInfo;

/**
 * A model file exported with {@code --attentions}: besides {@code forward}, it has a traced method that returns
 * the softmax attention maps of every block (docs/model-format.md). {@code forward} is unchanged, so the
 * other methods pay nothing for it.
 */
final class TorchScriptAttentionClassifier extends TorchScriptClassifier implements AttentionClassifier {

	private final AttentionOutput output;

	TorchScriptAttentionClassifier(final ZooModel<NDList, NDList> model, final ModelInfo info, final Device device,
		final AttentionOutput output)
	{
		super(model, info, device);
		this.output = output;
	}

	@Override
	void checkOutputs() {
		super.checkOutputs();
		attentions(new float[info().imageLength()]);
	}

	@Override
	public Attentions attentions(final float[] image) {
		try (NDManager scope = newScope()) {
			final NDList out = run(scope, image, 1, output.method());
			final float[] values = out.get(0).toFloatArray();
			if (out.size() != 1 || values.length != output.length())
				throw new InvalidModelException("The model's " + output.method() + " method returns " + values.length +
					" values per image, but its metadata describes " + output.describe() + ".");
			return new Attentions(output.blocks(), output.heads(), output.tokens(), values);
		}
	}
}
