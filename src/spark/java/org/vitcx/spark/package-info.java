/**
 * The Spark application (issue 14): explains an image collection on any Hadoop file system path, spread over
 * Spark tasks, each image through the edge-neutral unit of work ({@link org.vitcx.batch.ImageJob}) with the typed
 * {@link org.vitcx.batch.ExplainRequest} the driver built once, so that the files and the rows are the folder
 * mode's. Imports nothing of the command line ({@code org.vitcx.cli}) nor of Fiji (SparkLayeringTest).
 * Compiled apart from the plugin (Maven profile {@code spark}, Java 17, Spark provided): nothing here reaches
 * Fiji's update site or the plugin's runtime class path.
 */
package org.vitcx.spark;
