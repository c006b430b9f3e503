package dev.labelstudio4j.sample;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.annotations.AnnotationCreate;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskListParams;
import dev.labelstudio4j.emulator.LabelStudioEmulator;

/**
 * Plays an annotator in the emulator: labels a few tasks of the sample's project that have no annotation yet,
 * with the keyword model's sentiment, so Label Studio (the emulator) sends its {@code ANNOTATION_CREATED}
 * webhooks back to the application. Refused against a real Label Studio, where annotations come from people.
 */
@Service
public class Annotator {

	private final LabelStudioClient client;

	private final LabelingPipeline pipeline;

	private final KeywordSentimentModel model;

	private final ObjectProvider<LabelStudioEmulator> emulator;

	public Annotator(LabelStudioClient client, LabelingPipeline pipeline, KeywordSentimentModel model,
			ObjectProvider<LabelStudioEmulator> emulator) {
		this.client = client;
		this.pipeline = pipeline;
		this.model = model;
		this.emulator = emulator;
	}

	/**
	 * Annotate up to {@code count} tasks without an annotation.
	 * @param count how many tasks to annotate at most
	 * @return the ids of the annotations created
	 * @throws NotOnEmulatorException when the application talks to a real Label Studio
	 */
	public List<Long> annotate(int count) {
		if (this.emulator.getIfAvailable() == null) {
			throw new NotOnEmulatorException("The annotator only plays in the emulator, not in a real Label Studio");
		}
		long projectId = this.pipeline.requireProjectId();
		List<Long> created = new ArrayList<>();
		for (Task task : this.client.tasks().list(TaskListParams.builder().project(projectId).build()).autoPaging()) {
			if (created.size() >= count) {
				break;
			}
			if (task.id() == null || (task.totalAnnotations() != null && task.totalAnnotations() > 0)) {
				continue;
			}
			Object text = (task.data() != null) ? task.data().get(LabelingPipeline.TEXT) : null;
			String label = this.model.predict((text != null) ? text.toString() : "").label();
			created.add(this.client.annotations()
				.create(task.id(), AnnotationCreate.builder()
					.regions(LabelingPipeline.choice(label))
					.leadTime(2.5)
					.build())
				.id());
		}
		return created;
	}

	/** The application does not talk to the emulator. */
	public static class NotOnEmulatorException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		NotOnEmulatorException(String message) {
			super(message);
		}

	}

}
