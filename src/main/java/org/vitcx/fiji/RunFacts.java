package org.vitcx.fiji;

import java.nio.file.Path;

/** What every plane of one run shares: the model file and its checksum. */
final class RunFacts {

	final Path model;
	final String sha256;

	RunFacts(final Path model, final String sha256) {
		this.model = model;
		this.sha256 = sha256;
	}
}
