package org.vitcx.fiji;

import java.nio.file.Path;
import java.util.Map;

import org.vitcx.core.input.ChannelMapping;

/**
 * What every plane of one run shares: the model file, its checksum, its quantisation and its token layer, the
 * run's options that change the map (class, batch size, channels) and the channel choice.
 */
final class RunFacts {

	final Path model;
	final String sha256;
	final String quantization;
	final String layer;
	final Map<String, Object> options;
	final ChannelMapping channels;

	RunFacts(final Path model, final ModelCache.Lease lease, final ExplainSettings settings) {
		this(model, lease, settings.runParameters(), settings.channels());
	}

	RunFacts(final Path model, final ModelCache.Lease lease, final Map<String, Object> options,
		final ChannelMapping channels)
	{
		this.model = model;
		this.options = options;
		this.channels = channels;
		this.sha256 = lease.sha256();
		this.quantization = lease.classifier().info().quantization();
		this.layer = lease.classifier().info().layer();
	}
}
