package org.vitcx.fiji;

import java.nio.file.Path;

/** What every plane of one run shares: the model file, its checksum, its quantisation and its token layer. */
final class RunFacts {

	final Path model;
	final String sha256;
	final String quantization;
	final String layer;

	RunFacts(final Path model, final ModelCache.Lease lease) {
		this.model = model;
		this.sha256 = lease.sha256();
		this.quantization = lease.classifier().info().quantization();
		this.layer = lease.classifier().info().layer();
	}
}
