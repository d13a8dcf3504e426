package org.vitcx.fiji;

import org.scijava.service.SciJavaService;

/**
 * The models that {@code ViT-CX Explain...} and {@code Evaluate...} loaded in this SciJava context (Fiji's), so a
 * model is loaded once for many images: reloaded when its file changes, freed by {@code Release ViT-CX Models} and
 * when the context is disposed (Fiji quits). {@link DefaultModelCacheService} is the implementation; a test or
 * another plugin may provide its own at a higher priority.
 */
public interface ModelCacheService extends SciJavaService, Models {}
