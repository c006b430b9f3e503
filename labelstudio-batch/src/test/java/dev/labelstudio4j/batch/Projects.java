package dev.labelstudio4j.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.projects.ProjectCreate;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskFields;
import dev.labelstudio4j.client.tasks.TaskListParams;

/** Projects and tasks in the emulator, and what the tests read back from it. */
final class Projects {

	static final String SENTIMENT = """
			<View>
			  <Text name="text" value="$text"/>
			  <Choices name="sentiment" toName="text" choice="single">
			    <Choice value="Positive"/>
			    <Choice value="Negative"/>
			  </Choices>
			</View>""";

	private Projects() {
	}

	static long create(LabelStudioClient client, String title) {
		return client.projects().create(ProjectCreate.builder().title(title).labelConfig(SENTIMENT).build()).id();
	}

	/** Import {@code count} tasks {@code {"text": "review <n>", "n": <n>}} and answer their ids in order. */
	static List<Long> importTasks(LabelStudioClient client, long project, int count) {
		List<Map<String, Object>> tasks = new ArrayList<>(count);
		for (int n = 0; n < count; n++) {
			tasks.add(Map.of("data", Map.of("text", "review " + n, "n", n)));
		}
		client.projects().importTasks(project, tasks);
		return taskIds(client, project);
	}

	/** Every task of the project, in id order, read page by page. */
	static List<Task> tasks(LabelStudioClient client, long project) {
		List<Task> tasks = new ArrayList<>();
		TaskListParams params = TaskListParams.builder().project(project).fields(TaskFields.ALL).pageSize(1000).build();
		client.tasks().list(params).autoPaging().forEach(tasks::add);
		return tasks;
	}

	static List<Long> taskIds(LabelStudioClient client, long project) {
		return tasks(client, project).stream().map(Task::id).toList();
	}

	/** How many tasks of the project have each value of {@code data.<key>}. */
	static Map<Object, Integer> countByDataField(LabelStudioClient client, long project, String key) {
		Map<Object, Integer> counts = new HashMap<>();
		for (Task task : tasks(client, project)) {
			counts.merge(String.valueOf(task.data().get(key)), 1, Integer::sum);
		}
		return counts;
	}

	static Map<String, Object> choice(String value) {
		return Map.of("from_name", "sentiment", "to_name", "text", "type", "choices", "value",
				Map.of("choices", List.of(value)));
	}

}
