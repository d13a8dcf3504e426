package org.vitcx.cyclefixture.ping;

import org.vitcx.cyclefixture.pong.Pong;

/** Half of a deliberate package cycle, so that PackageCyclesTest can show its rule sees one. */
public final class Ping {

	private Ping() {}

	public static int back(final int n) {
		return n <= 0 ? 0 : Pong.back(n - 1);
	}
}
