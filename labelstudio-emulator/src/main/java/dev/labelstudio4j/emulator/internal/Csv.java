package dev.labelstudio4j.emulator.internal;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV and TSV text (RFC 4180 quoting) into rows of fields. */
final class Csv {

	private Csv() {
	}

	static List<List<String>> parse(String text, char separator) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.length() == 0) {
				quoted = true;
			}
			else if (c == separator) {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				addRow(rows, row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		row.add(field.toString());
		addRow(rows, row);
		return rows;
	}

	private static void addRow(List<List<String>> rows, List<String> row) {
		if (!(row.size() == 1 && row.get(0).isEmpty())) {
			rows.add(row);
		}
	}

}
