package org.vitcx.core.input;

import java.io.Serializable;
import java.util.Arrays;

import org.vitcx.core.ExplanationException;

/**
 * Which image channel feeds each model input channel. Automatic: the same count maps one to one, and a
 * single-channel image feeds every channel of a model (a gray image into an RGB model); anything else must
 * be chosen explicitly.
 */
public final class ChannelMapping implements Serializable {

	private static final long serialVersionUID = 1L;

	private final int[] imageChannels;

	private ChannelMapping(final int[] imageChannels) {
		this.imageChannels = imageChannels;
	}

	/** Resolved from the counts alone. */
	public static ChannelMapping auto() {
		return new ChannelMapping(null);
	}

	/** Model channel i reads image channel {@code imageChannels[i]} (0-based). */
	public static ChannelMapping of(final int... imageChannels) {
		return new ChannelMapping(imageChannels.clone());
	}

	/**
	 * Parses what a user writes: {@code auto}, or 1-based image channel numbers separated by commas, one per model
	 * channel (e.g. {@code 1,2,3} or {@code 2}). Shared by the command line and the Fiji commands.
	 */
	public static ChannelMapping parse(final String text) {
		final String value = text == null ? "auto" : text.trim();
		if (value.equalsIgnoreCase("auto")) return auto();
		final String[] parts = value.split(",", -1);
		final int[] channels = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			final int c;
			try {
				c = Integer.parseInt(parts[i].trim());
			}
			catch (final NumberFormatException e) {
				throw new ExplanationException("use auto or channel numbers from 1 separated by commas, e.g. 1,2,3.");
			}
			if (c < 1) throw new ExplanationException("channel numbers start at 1, e.g. 1,2,3.");
			channels[i] = c - 1;
		}
		return of(channels);
	}

	public boolean isAuto() {
		return imageChannels == null;
	}

	/** The image channel for each of the model's channels. */
	public int[] resolve(final int imageCount, final int modelCount) {
		if (imageChannels == null) return automatic(imageCount, modelCount);
		if (imageChannels.length != modelCount)
			throw new ExplanationException("The model takes " + modelCount + " channel(s) but " +
				imageChannels.length + " were chosen (" + describe() + "): choose exactly " + modelCount + ".");
		for (final int c : imageChannels)
			if (c < 0 || c >= imageCount)
				throw new ExplanationException("Channel " + (c + 1) + " was chosen but the image has " + imageCount +
					" channel(s): choose channels between 1 and " + imageCount + ".");
		return imageChannels.clone();
	}

	private static int[] automatic(final int imageCount, final int modelCount) {
		if (imageCount == modelCount) return identity(modelCount);
		if (imageCount == 1) return new int[modelCount];
		final StringBuilder example = new StringBuilder();
		for (int c = 1; c <= modelCount; c++)
			example.append(c > 1 ? "," : "").append(Math.min(c, imageCount));
		throw new ExplanationException("The image has " + imageCount + " channels but the model takes " +
			modelCount + ": choose the image channel(s) that feed it with the channels option, e.g. channels=" +
			example + " in ImageJ and Fiji, or --channels " + example + " on the command line.");
	}

	private static int[] identity(final int n) {
		final int[] id = new int[n];
		Arrays.setAll(id, i -> i);
		return id;
	}

	/** 1-based channel numbers, comma-separated, or "auto". */
	public String describe() {
		if (imageChannels == null) return "auto";
		final StringBuilder s = new StringBuilder();
		for (final int c : imageChannels)
			s.append(s.length() == 0 ? "" : ",").append(c + 1);
		return s.toString();
	}
}
