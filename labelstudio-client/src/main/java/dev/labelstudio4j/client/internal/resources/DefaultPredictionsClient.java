package dev.labelstudio4j.client.internal.resources;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.predictions.Prediction;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.predictions.PredictionListParams;
import dev.labelstudio4j.client.predictions.PredictionUpdate;
import dev.labelstudio4j.client.predictions.PredictionsClient;

/**
 * The {@link PredictionsClient} that sends its calls through the shared invoker.
 */
public final class DefaultPredictionsClient implements PredictionsClient {

	private final ApiInvoker invoker;

	public DefaultPredictionsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	@Override
	public List<Prediction> list(PredictionListParams params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("predictions.list", "/api/predictions/")
			.query("task", params.task())
			.query("project", params.project())
			.options(options)
			.returnsListOf(Prediction.class));
	}

	@Override
	public Prediction create(PredictionCreate params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("predictions.create", "/api/predictions/")
			.jsonBody(params)
			.options(options)
			.returns(Prediction.class));
	}

	@Override
	public Prediction get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("predictions.get", "/api/predictions/{id}/")
			.path("id", id)
			.options(options)
			.returns(Prediction.class));
	}

	@Override
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("predictions.delete", "/api/predictions/{id}/")
			.path("id", id)
			.options(options)
			.returnsNothing());
	}

	@Override
	public Prediction update(long id, PredictionUpdate params, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.patch("predictions.update", "/api/predictions/{id}/")
			.path("id", id)
			.jsonBody(params)
			.options(options)
			.returns(Prediction.class));
	}

}
