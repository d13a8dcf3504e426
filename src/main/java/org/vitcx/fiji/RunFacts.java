package org.vitcx.fiji;

import java.nio.file.Path;

/** What every plane of one run shares: the model file, its checksum and its quantisation. */
final class RunFacts {

	final Path model;
	final String sha256;
	final String quantization;

	RunFacts(final Path model, final ModelCache.Lease lease) {
		this.model = model;
		this.sha256 = lease.sha256();
		this.quantization = lease.classifier().info().quantization();
	}
}
