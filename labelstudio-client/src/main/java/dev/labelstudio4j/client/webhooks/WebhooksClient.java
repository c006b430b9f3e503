package dev.labelstudio4j.client.webhooks;

import java.util.List;
import java.util.Map;

import dev.labelstudio4j.client.RequestOptions;

/**
 * Operations on webhooks: where Label Studio POSTs its events. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#webhooks()}. Thread-safe.
 * <p>
 * Label Studio signs nothing: a receiver authenticates a delivery by a shared secret the webhook sends in
 * its custom {@code headers}. Deliveries are {@code POST}s with a 1 s timeout and no retry.
 */
public interface WebhooksClient {

	/**
	 * {@code GET /api/webhooks/}: the webhooks of the caller's organization, project and organization-level
	 * ones.
	 * @return the webhooks
	 */
	default List<Webhook> list() {
		return list(RequestOptions.none());
	}

	/**
	 * {@code GET /api/webhooks/} with per-call options.
	 * @param options the per-call options
	 * @return the webhooks
	 */
	List<Webhook> list(RequestOptions options);

	/**
	 * {@code GET /api/webhooks/?project=}: the webhooks of a project.
	 * @param project the project id
	 * @return the webhooks
	 */
	default List<Webhook> list(long project) {
		return list(project, RequestOptions.none());
	}

	/**
	 * {@code GET /api/webhooks/?project=} with per-call options.
	 * @param project the project id
	 * @param options the per-call options
	 * @return the webhooks
	 */
	List<Webhook> list(long project, RequestOptions options);

	/**
	 * {@code GET /api/webhooks/?project=isnull}: the organization-level webhooks only.
	 * @return the webhooks
	 */
	default List<Webhook> listOrganizationLevel() {
		return listOrganizationLevel(RequestOptions.none());
	}

	/**
	 * {@code GET /api/webhooks/?project=isnull} with per-call options.
	 * @param options the per-call options
	 * @return the webhooks
	 */
	List<Webhook> listOrganizationLevel(RequestOptions options);

	/**
	 * {@code POST /api/webhooks/}: create a webhook. Open-source servers refuse one without a project (404
	 * "Project not found.").
	 * @param params the project, URL and what to send
	 * @return the created webhook
	 */
	default Webhook create(WebhookCreate params) {
		return create(params, RequestOptions.none());
	}

	/**
	 * {@code POST /api/webhooks/} with per-call options.
	 * @param params the project, URL and what to send
	 * @param options the per-call options
	 * @return the created webhook
	 */
	Webhook create(WebhookCreate params, RequestOptions options);

	/**
	 * {@code GET /api/webhooks/info/}: every action the server can fire, keyed by its name.
	 * @return the actions' descriptions by action name
	 */
	default Map<String, WebhookActionInfo> info() {
		return info(RequestOptions.none());
	}

	/**
	 * {@code GET /api/webhooks/info/} with per-call options.
	 * @param options the per-call options
	 * @return the actions' descriptions by action name
	 */
	Map<String, WebhookActionInfo> info(RequestOptions options);

	/**
	 * {@code GET /api/webhooks/info/?organization-only=}: the organization-only actions, or all others.
	 * @param organizationOnly {@code true} for the organization-only actions, {@code false} for the others
	 * @return the actions' descriptions by action name
	 */
	default Map<String, WebhookActionInfo> info(boolean organizationOnly) {
		return info(organizationOnly, RequestOptions.none());
	}

	/**
	 * {@code GET /api/webhooks/info/?organization-only=} with per-call options.
	 * @param organizationOnly {@code true} for the organization-only actions, {@code false} for the others
	 * @param options the per-call options
	 * @return the actions' descriptions by action name
	 */
	Map<String, WebhookActionInfo> info(boolean organizationOnly, RequestOptions options);

	/**
	 * {@code GET /api/webhooks/{id}/}: get a webhook.
	 * @param id the webhook id
	 * @return the webhook
	 */
	default Webhook get(long id) {
		return get(id, RequestOptions.none());
	}

	/**
	 * {@code GET /api/webhooks/{id}/} with per-call options.
	 * @param id the webhook id
	 * @param options the per-call options
	 * @return the webhook
	 */
	Webhook get(long id, RequestOptions options);

	/**
	 * {@code PATCH /api/webhooks/{id}/}: update a webhook. The body always carries the full action list
	 * (Label Studio empties it on a PATCH without one); the project cannot change.
	 * @param id the webhook id
	 * @param params the fields to change and the full action list
	 * @return the updated webhook
	 */
	default Webhook update(long id, WebhookUpdate params) {
		return update(id, params, RequestOptions.none());
	}

	/**
	 * {@code PATCH /api/webhooks/{id}/} with per-call options.
	 * @param id the webhook id
	 * @param params the fields to change and the full action list
	 * @param options the per-call options
	 * @return the updated webhook
	 */
	Webhook update(long id, WebhookUpdate params, RequestOptions options);

	/**
	 * {@code DELETE /api/webhooks/{id}/}: delete a webhook.
	 * @param id the webhook id
	 */
	default void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/webhooks/{id}/} with per-call options.
	 * @param id the webhook id
	 * @param options the per-call options
	 */
	void delete(long id, RequestOptions options);

}
