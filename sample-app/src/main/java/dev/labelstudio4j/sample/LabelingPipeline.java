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
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.projects.ProjectListParams;

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

	private static final Logger logger = LoggerFactory.getLogger(LabelingPipeline.class);

	private final LabelStudioClient client;

	private final KeywordSentimentModel model;

	private final SampleProperties properties;

	private final JsonMapper jsonMapper;

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
	 * post a prediction for every task that has none. Safe to run again against the same server.
	 * @return what was done
	 */
	public SetUpResult setUp() {
		// TODO adapt to the resource operations once they land
		throw new UnsupportedOperationException();
	}

	/**
	 * Pull the finished annotations of the sample's project: walk its tasks page by page and collect the
	 * annotations of the labeled ones.
	 * @return what was pulled
	 */
	public SyncResult sync() {
		// TODO adapt to the resource operations once they land
		throw new UnsupportedOperationException();
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

}
