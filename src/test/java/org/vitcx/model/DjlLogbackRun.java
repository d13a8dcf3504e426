package org.vitcx.model;

import org.slf4j.LoggerFactory;

/** Run by {@link DjlLogbackTest} in a JVM whose SLF4J provider is logback: prints the levels DJL's loggers end up with. */
public final class DjlLogbackRun {

	private DjlLogbackRun() {}

	public static void main(final String[] args) {
		DjlOffline.ensure();
		System.out.println("provider=" + LoggerFactory.getILoggerFactory().getClass().getName());
		for (final String name : new String[] { "ai.djl.pytorch.engine.PtEngine", "ai.djl.util.cuda.CudaUtils",
			"ai.djl.repository.SimpleRepository", "org.other.Library" })
		{
			final org.slf4j.Logger logger = LoggerFactory.getLogger(name);
			System.out.println(name + "=" + (logger.isInfoEnabled() ? "info" : logger.isWarnEnabled() ? "warn" : logger
				.isErrorEnabled() ? "error" : "off"));
		}
	}
}
