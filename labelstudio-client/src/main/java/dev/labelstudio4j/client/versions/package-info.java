/**
 * The server's version ({@code /api/version/}): {@link dev.labelstudio4j.client.versions.VersionsClient} and
 * {@link dev.labelstudio4j.client.versions.ServerVersion}.
 */
@NullMarked
package dev.labelstudio4j.client.versions;

import org.jspecify.annotations.NullMarked;
