/**
 * The {@code projects.exports} resource: {@link dev.labelstudio4j.client.exports.ExportsClient}, reached with
 * {@code client.projects().exports()}: synchronous exports, export snapshots and their conversions, streamed
 * downloads, a waiter for the whole snapshot life cycle and a lazy reader of JSON exports.
 */
@NullMarked
package dev.labelstudio4j.client.exports;

import org.jspecify.annotations.NullMarked;
