package org.vitcx.fiji;

import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.SciJavaService;
import org.scijava.service.Service;

/**
 * Holds the models that {@code ViT-CX Explain...} loaded in this SciJava context (Fiji's), so a model is loaded
 * once for many images: reloaded when its file changes, freed by {@code ViT-CX › Release Models} and when the
 * context is disposed (Fiji quits).
 */
@Plugin(type = Service.class)
public final class ModelCacheService extends AbstractService implements SciJavaService {

	private final ModelCache cache = new ModelCache();

	public ModelCache cache() {
		return cache;
	}

	@Override
	public void dispose() {
		cache.close();
	}
}
