package dev.labelstudio4j.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.annotations.Annotation;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.projects.ImportResult;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.projects.ProjectCreate;
import dev.labelstudio4j.client.projects.ProjectListParams;
import dev.labelstudio4j.client.regions.Region;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskListParams;

/**
 * The sample's work with Label Studio: set up a sentiment-labeling project (create it or reuse it by
 * title, import the bundled tasks, post the keyword model's predictions) and pull finished annotations
 * back.
 */
@Service
public class LabelingPipeline {

	/** The project's labeling interface: one text, one single choice among three sentiments. */
	static final String LABEL_CONFIG = """
			<View>
			  <Text name="text" value="$text"/>
			  <Choices name="sentiment" toName="text" choice="single" showInline="true">
			    <Choice value="Positive"/>
			    <Choice value="Negative"/>
			    <Choice value="Neutral"/>
			  </Choices>
			</View>
			""";

	/** Name of the project's text object tag, and the task data field it shows. */
	static final String TEXT = "text";

	/** Name of the project's choices control tag. */
	static final String CHOICES = "sentiment";

	private static final Logger logger = LoggerFactory.getLogger(LabelingPipeline.class);

	private final LabelStudioClient client;

	private final KeywordSentimentModel model;

	private final SampleProperties properties;

	private final JsonMapper jsonMapper;

	private volatile @Nullable Long projectId;

	public LabelingPipeline(LabelStudioClient client, KeywordSentimentModel model, SampleProperties properties,
			JsonMapper jsonMapper) {
		this.client = client;
		this.model = model;
		this.properties = properties;
		this.jsonMapper = jsonMapper;
	}

	/** The title of the sample's project. */
	public String projectTitle() {
		return this.properties.getProjectTitle();
	}

	/**
	 * Set up the project: find it by title or create it, import the bundled tasks when it has none, and
	 * post a prediction of the keyword model for every task that has none. Safe to run again against the
	 * same server: nothing is created twice.
	 * @return what was done
	 */
	public SetUpResult setUp() {
		Project project = findProject();
		boolean created = (project == null);
		if (project == null) {
			project = this.client.projects()
				.create(ProjectCreate.builder()
					.title(projectTitle())
					.description("Product reviews to label as positive, negative or neutral")
					.labelConfig(LABEL_CONFIG)
					.build());
		}
		long projectId = project.id();
		this.projectId = projectId;
		int imported = 0;
		if (this.client.tasks().list(taskListParams(projectId)).items().isEmpty()) {
			List<Map<String, Object>> tasks = bundledTasks();
			ImportResult result = this.client.projects().importTasks(projectId, tasks);
			imported = (result.taskCount() != null) ? result.taskCount() : tasks.size();
		}
		int predictions = 0;
		for (Task task : this.client.tasks().list(taskListParams(projectId)).autoPaging()) {
			if (task.id() != null && count(task.totalPredictions()) == 0) {
				KeywordSentimentModel.Sentiment sentiment = this.model.predict(text(task));
				this.client.predictions()
					.create(PredictionCreate.builder()
						.task(task.id())
						.modelVersion(KeywordSentimentModel.MODEL_VERSION)
						.score(sentiment.score())
						.regions(choice(sentiment.label()))
						.build());
				predictions++;
			}
		}
		logger.info("{} project {} \"{}\": imported {} tasks, posted {} predictions",
				created ? "Created" : "Reused", projectId, projectTitle(), imported, predictions);
		return new SetUpResult(projectId, created, imported, predictions);
	}

	/**
	 * Pull the finished annotations of the sample's project: walk its tasks page by page and collect the
	 * annotations of the tasks that have any. Cancelled (skipped) annotations are left out.
	 * @return what was pulled
	 * @throws ProjectMissingException when the project does not exist (yet)
	 */
	public SyncResult sync() {
		long projectId = projectId();
		int tasksScanned = 0;
		int labeledTasks = 0;
		int annotations = 0;
		Map<String, Integer> byChoice = new TreeMap<>();
		List<PulledAnnotation> sample = new ArrayList<>();
		for (Task task : this.client.tasks().list(taskListParams(projectId)).autoPaging()) {
			tasksScanned++;
			if (task.id() == null || (count(task.totalAnnotations()) == 0 && !Boolean.TRUE.equals(task.isLabeled()))) {
				continue;
			}
			labeledTasks++;
			for (Annotation annotation : this.client.annotations().list(task.id())) {
				if (Boolean.TRUE.equals(annotation.wasCancelled())) {
					continue;
				}
				annotations++;
				List<String> choices = choices(annotation);
				choices.forEach((choice) -> byChoice.merge(choice, 1, Integer::sum));
				if (sample.size() < this.properties.getSyncSampleSize()) {
					sample.add(new PulledAnnotation(annotation.id(), task.id(), text(task), choices));
				}
			}
		}
		logger.info("Pulled {} annotations of {} labeled tasks ({} tasks) from project {}", annotations,
				labeledTasks, tasksScanned, projectId);
		return new SyncResult(projectId, tasksScanned, labeledTasks, annotations, byChoice, sample);
	}

	/**
	 * Return the id of the sample's project.
	 * @return the id
	 * @throws ProjectMissingException when the project does not exist (yet)
	 */
	long requireProjectId() {
		return projectId();
	}

	private long projectId() {
		Long projectId = this.projectId;
		if (projectId == null) {
			Project project = findProject();
			if (project == null) {
				throw new ProjectMissingException("Project \"" + projectTitle() + "\" does not exist yet");
			}
			projectId = project.id();
			this.projectId = projectId;
		}
		return projectId;
	}

	private TaskListParams taskListParams(long projectId) {
		return TaskListParams.builder().project(projectId).pageSize(this.properties.getPageSize()).build();
	}

	private static int count(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

	private static String text(Task task) {
		Object text = (task.data() != null) ? task.data().get(TEXT) : null;
		return (text != null) ? text.toString() : "";
	}

	/** A choices region for the project's labeling interface. */
	static Region choice(String label) {
		return Region.choices(CHOICES, TEXT).choices(label).build();
	}

	private static List<String> choices(Annotation annotation) {
		List<String> choices = new ArrayList<>();
		for (Region region : annotation.result()) {
			if (CHOICES.equals(region.fromName())) {
				choices.addAll(region.choices());
			}
		}
		return choices;
	}

	@Nullable Project findProject() {
		ProjectListParams params = ProjectListParams.builder().title(projectTitle()).build();
		for (Project project : this.client.projects().list(params).autoPaging()) {
			if (Objects.equals(project.title(), projectTitle())) {
				return project;
			}
		}
		return null;
	}

	List<Map<String, Object>> bundledTasks() {
		try (InputStream in = this.properties.getTasks().getInputStream()) {
			return this.jsonMapper.readValue(in, new TypeReference<List<Map<String, Object>>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the tasks from " + this.properties.getTasks(), ex);
		}
	}

	/**
	 * What {@link #setUp()} did.
	 * @param projectId the project id
	 * @param created whether the project was created (rather than reused)
	 * @param importedTasks the number of tasks imported
	 * @param predictions the number of predictions posted
	 */
	public record SetUpResult(long projectId, boolean created, int importedTasks, int predictions) {
	}

	/**
	 * What {@link #sync()} pulled.
	 * @param projectId the project id
	 * @param tasksScanned the number of tasks walked
	 * @param labeledTasks the number of tasks with at least one annotation
	 * @param annotations the number of annotations pulled (cancelled ones left out)
	 * @param byChoice the number of pulled annotations per chosen sentiment
	 * @param sample the first few pulled annotations
	 */
	public record SyncResult(long projectId, int tasksScanned, int labeledTasks, int annotations,
			Map<String, Integer> byChoice, List<PulledAnnotation> sample) {
	}

	/**
	 * One pulled annotation.
	 * @param annotationId the annotation id
	 * @param taskId the task id
	 * @param text the task's text
	 * @param choices the chosen sentiments
	 */
	public record PulledAnnotation(long annotationId, long taskId, @Nullable String text, List<String> choices) {
	}

	/**
	 * Thrown when the sample's project does not exist (yet), for example because Label Studio could not
	 * be reached at start-up.
	 */
	public static class ProjectMissingException extends IllegalStateException {

		ProjectMissingException(String message) {
			super(message);
		}

	}

}
