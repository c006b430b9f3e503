package dev.labelstudio4j.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Settings of the sample application.
 */
@ConfigurationProperties("sample")
public class SampleProperties {

	/**
	 * Title of the labeling project; an existing project with this title is reused.
	 */
	private String projectTitle = "Product review sentiment (labelstudio4j sample)";

	/**
	 * Tasks to import into a project that has none: a JSON array of Label Studio task objects.
	 */
	private Resource tasks = new ClassPathResource("tasks.json");

	/**
	 * Number of tasks asked for per page when walking the project's tasks.
	 */
	private int pageSize = 100;

	/**
	 * Number of pulled annotations shown as a sample in the sync result.
	 */
	private int syncSampleSize = 5;

	public String getProjectTitle() {
		return this.projectTitle;
	}

	public void setProjectTitle(String projectTitle) {
		this.projectTitle = projectTitle;
	}

	public Resource getTasks() {
		return this.tasks;
	}

	public void setTasks(Resource tasks) {
		this.tasks = tasks;
	}

	public int getPageSize() {
		return this.pageSize;
	}

	public void setPageSize(int pageSize) {
		this.pageSize = pageSize;
	}

	public int getSyncSampleSize() {
		return this.syncSampleSize;
	}

	public void setSyncSampleSize(int syncSampleSize) {
		this.syncSampleSize = syncSampleSize;
	}

}
