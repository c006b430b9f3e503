package dev.labelstudio4j.client.internal.resources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.storages.Storage;
import dev.labelstudio4j.client.storages.StorageClient;
import dev.labelstudio4j.client.storages.StorageSettings;
import dev.labelstudio4j.client.storages.StorageType;

/**
 * The {@link StorageClient} of every storage type and direction: the type's URI templates and operation
 * names are given, the calls are the same. Calls that send settings mask the settings' secrets in the
 * exceptions they throw ({@link StorageSecrets}).
 *
 * @param <S> the settings type
 */
public class DefaultStorageClient<S extends StorageSettings> implements StorageClient<S> {

	final ApiInvoker invoker;

	final String resource;

	final StorageType type;

	private final String collectionPath;

	final String itemPath;

	private final String validatePath;

	/**
	 * Create the client of one storage type and direction.
	 * @param invoker the shared invoker
	 * @param resource the SDK's resource name, the prefix of the operation names (for example
	 * {@code import_storage.s3})
	 * @param type the storage type
	 * @param collectionPath the list and create template (for example {@code /api/storages/s3/})
	 * @param itemPath the get, update and delete template, with {@code {id}}
	 * @param validatePath the validate template
	 */
	public DefaultStorageClient(ApiInvoker invoker, String resource, StorageType type, String collectionPath,
			String itemPath, String validatePath) {
		this.invoker = invoker;
		this.resource = resource;
		this.type = type;
		this.collectionPath = collectionPath;
		this.itemPath = itemPath;
		this.validatePath = validatePath;
	}

	@Override
	public StorageType type() {
		return this.type;
	}

	@Override
	public List<Storage> list(long project, RequestOptions options) {
		Args.positive(project, "project");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get(this.resource + ".list", this.collectionPath)
			.query("project", project)
			.options(options)
			.returnsListOf(Storage.class));
	}

	@Override
	public Storage create(long project, S settings, RequestOptions options) {
		Args.positive(project, "project");
		Args.notNull(settings, "settings");
		Args.notNull(options, "options");
		return withSecretsMasked(settings, () -> this.invoker.execute(
				ApiRequest.post(this.resource + ".create", this.collectionPath)
					.jsonBody(body(project, settings))
					.options(options)
					.returns(Storage.class)));
	}

	@Override
	public Storage createValidated(long project, S settings, RequestOptions options) {
		validate(project, settings, options);
		return create(project, settings, options);
	}

	@Override
	public void validate(long project, S settings, RequestOptions options) {
		Args.positive(project, "project");
		Args.notNull(settings, "settings");
		Args.notNull(options, "options");
		withSecretsMasked(settings, () -> this.invoker.execute(
				ApiRequest.post(this.resource + ".validate", this.validatePath)
					.jsonBody(body(project, settings))
					.options(options)
					.returnsNothing()));
	}

	@Override
	public Storage get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get(this.resource + ".get", this.itemPath)
			.path("id", id)
			.options(options)
			.returns(Storage.class));
	}

	@Override
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete(this.resource + ".delete", this.itemPath)
			.path("id", id)
			.options(options)
			.returnsNothing());
	}

	@Override
	public Storage update(long id, S settings, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(settings, "settings");
		Args.notNull(options, "options");
		return withSecretsMasked(settings, () -> this.invoker.execute(
				ApiRequest.patch(this.resource + ".update", this.itemPath)
					.path("id", id)
					.jsonBody(body(null, settings))
					.options(options)
					.returns(Storage.class)));
	}

	/** The settings' fields, with {@code project} first when given. */
	private Map<String, Object> body(@Nullable Long project, S settings) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (project != null) {
			body.put("project", project);
		}
		body.putAll(this.invoker.json().toMap(settings));
		return body;
	}

	private <T> T withSecretsMasked(S settings, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (LabelStudioException ex) {
			throw StorageSecrets.of(settings, this.invoker.json()).mask(ex);
		}
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + this.resource + "]";
	}

}
