package org.vitcx.site;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The classes a jar defines and the classes its bytecode refers to, read from each class file's constant pool. Fiji's
 * uploader records a jar's dependencies the same way: jar A depends on jar B when A refers to a class B defines.
 */
final class ClassReferences {

	final Set<String> defined = new HashSet<>();
	final Set<String> referred = new HashSet<>();

	private static final int MAGIC = 0xCAFEBABE;

	ClassReferences(final Path jar) throws IOException {
		try (JarFile j = new JarFile(jar.toFile())) {
			for (final Enumeration<JarEntry> e = j.entries(); e.hasMoreElements();) {
				final JarEntry entry = e.nextElement();
				if (!entry.getName().endsWith(".class") || entry.getName().endsWith("module-info.class")) continue;
				final byte[] bytes = j.getInputStream(entry).readAllBytes();
				if (readConstantPool(new DataInputStream(new ByteArrayInputStream(bytes)))) defined.add(entry.getName()
					.substring(0, entry.getName().length() - ".class".length()));
			}
		}
	}

	/** Whether this jar refers to a class {@code other} defines. */
	boolean dependsOn(final ClassReferences other) {
		return other != this && other.defined.stream().anyMatch(c -> referred.contains(c) && !defined.contains(c));
	}

	/** Adds the class names of one class file's constant pool; false if it is no class file. */
	private boolean readConstantPool(final DataInputStream in) throws IOException {
		if (in.available() < 10 || in.readInt() != MAGIC) return false;
		in.readInt(); // minor and major version
		final int count = in.readUnsignedShort();
		final String[] utf8 = new String[count];
		final int[] classNames = new int[count];
		int classes = 0;
		for (int i = 1; i < count; i++) {
			final int tag = in.readUnsignedByte();
			switch (tag) {
				case 1: utf8[i] = in.readUTF(); break;
				case 7: classNames[classes++] = in.readUnsignedShort(); break;
				case 5: case 6: in.skipBytes(8); i++; break; // long and double take two entries
				case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18: in.skipBytes(4); break;
				case 15: in.skipBytes(3); break;
				case 8: case 16: case 19: case 20: in.skipBytes(2); break;
				default: throw new IOException("constant pool tag " + tag + " unknown");
			}
		}
		for (int k = 0; k < classes; k++)
			referred.add(utf8[classNames[k]].replaceAll("^\\[+L|;$", ""));
		return true;
	}
}
