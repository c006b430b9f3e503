/**
 * Spring Batch support for Label Studio: restartable readers of a project's tasks and of JSON export
 * snapshots, writers that import a chunk as one request and skip what an earlier attempt already imported,
 * and a partitioner that splits a project's tasks into id ranges.
 */
@NullMarked
package dev.labelstudio4j.batch;

import org.jspecify.annotations.NullMarked;
