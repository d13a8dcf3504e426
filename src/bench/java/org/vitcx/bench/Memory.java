package org.vitcx.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Paths;

/** The peaks a benchmark prints: Java heap over all heap pools, and the process's resident set (Linux). */
final class Memory {

	private Memory() {}

	static long peakHeapMb() {
		long peak = 0;
		for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
		return peak >> 20;
	}

	/** The heap the program holds on to: used heap right after a full collection. */
	static long liveHeapMb() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
	}

	/** VmHWM of /proc/self/status (Linux), or -1. */
	static long peakRssMb() {
		try {
			for (final String line : Files.readAllLines(Paths.get("/proc/self/status")))
				if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
		}
		catch (final IOException | RuntimeException e) {
			// not Linux: no RSS figure
		}
		return -1;
	}
}
