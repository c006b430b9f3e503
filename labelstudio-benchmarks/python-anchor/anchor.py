"""Times the official Python SDK (label-studio-sdk 1.0.4) for PythonAnchor.java.

Usage: python3 anchor.py <baseUrl> <apiKey> <projectId>

Reads commands on stdin, one per line, and answers each with one line
``<elapsed_nanos> <check>``, timed with time.perf_counter_ns around the work only:

  get N   N calls of client.projects.get(id=projectId); check: projectId when every answer had
          that id, else the last wrong id (-1 for none)
  walk    every task of the project through the SDK's pager
          (client.tasks.list(project=projectId, page_size=100)); check: the number of tasks
  quit    ends the process (so does the end of stdin)

Before the first command it prints one line: ``ready <versions>`` (the SDK's, Python's, httpx's
and pydantic's). When the SDK cannot be imported it prints ``missing <reason>`` and exits with
status 3.
"""

import sys
import time


def main(argv):
    if len(argv) != 4:
        print("usage: anchor.py <baseUrl> <apiKey> <projectId>", file=sys.stderr)
        return 2
    base_url, api_key, project_id = argv[1], argv[2], int(argv[3])
    try:
        import httpx
        import pydantic
        from label_studio_sdk.client import LabelStudio
        from label_studio_sdk.version import __version__
    except Exception as ex:  # ImportError, or a missing dependency's metadata
        print("missing %s: %s" % (type(ex).__name__, ex), flush=True)
        return 3
    client = LabelStudio(base_url=base_url, api_key=api_key)
    print("ready label-studio-sdk %s, Python %s, httpx %s, pydantic %s"
          % (__version__, sys.version.split()[0], httpx.__version__, pydantic.VERSION), flush=True)
    while True:
        line = sys.stdin.readline()
        if not line:
            break
        words = line.split()
        if not words:
            continue
        if words[0] == "get":
            calls = int(words[1])
            check = project_id
            start = time.perf_counter_ns()
            for _ in range(calls):
                answer = client.projects.get(id=project_id).id
                if answer != project_id:
                    check = -1 if answer is None else answer
            elapsed = time.perf_counter_ns() - start
        elif words[0] == "walk":
            check = 0
            start = time.perf_counter_ns()
            for task in client.tasks.list(project=project_id, page_size=100):
                if task.id is not None:
                    check += 1
            elapsed = time.perf_counter_ns() - start
        elif words[0] == "quit":
            break
        else:
            print("error unknown command: %s" % line.strip(), flush=True)
            continue
        print("%d %d" % (elapsed, check), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
