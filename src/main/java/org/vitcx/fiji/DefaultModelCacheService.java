package org.vitcx.fiji;

import java.nio.file.Path;

import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

import org.vitcx.model.DeviceChoice;

/** The {@link ModelCacheService}: a {@link ModelCache} that lives as long as the context. */
@Plugin(type = Service.class)
public final class DefaultModelCacheService extends AbstractService implements ModelCacheService {

	private final ModelCache cache = new ModelCache();

	@Override
	public ModelCache.Lease acquire(final Path file, final DeviceChoice device) {
		return cache.acquire(file, device);
	}

	@Override
	public int release() {
		return cache.release();
	}

	@Override
	public int size() {
		return cache.size();
	}

	@Override
	public void dispose() {
		cache.close();
	}
}
