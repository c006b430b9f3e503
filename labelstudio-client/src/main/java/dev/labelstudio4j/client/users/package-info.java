/**
 * The {@code users} resource: {@link dev.labelstudio4j.client.users.UsersClient} and its models.
 */
@NullMarked
package dev.labelstudio4j.client.users;

import org.jspecify.annotations.NullMarked;
