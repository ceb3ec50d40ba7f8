// Downloads a CSV the API streams, counting records as they arrive so the page can show progress,
// then hands the file to the browser to save.
import { ref, shallowRef } from 'vue';
import { CsvRowCounter } from './csv-rows';

export function useCsvExport() {
  const running = ref(false);
  /** Data records received so far (the header not counted). */
  const rows = ref(0);
  const finished = ref<number | null>(null);
  const error = shallowRef<Error | null>(null);
  const fileUrl = ref<string | null>(null);
  const fileName = ref('export.csv');
  let controller: AbortController | null = null;

  function save() {
    if (!fileUrl.value) return;
    const link = document.createElement('a');
    link.href = fileUrl.value;
    link.download = fileName.value;
    document.body.append(link);
    link.click();
    link.remove();
  }

  async function start(url: string, name: string): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    running.value = true;
    rows.value = 0;
    finished.value = null;
    error.value = null;
    if (fileUrl.value) URL.revokeObjectURL(fileUrl.value);
    fileUrl.value = null;
    fileName.value = name;
    try {
      const response = await fetch(url, { credentials: 'same-origin', signal: controller.signal });
      if (!response.ok || !response.body) {
        const reason = await response.text().catch(() => '');
        let message = `${response.status} ${response.statusText}`;
        try {
          message = (JSON.parse(reason) as { error?: string }).error ?? message;
        } catch {
          // Not JSON: keep the status line.
        }
        throw new Error(message);
      }
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const counter = new CsvRowCounter();
      const parts: BlobPart[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        counter.push(decoder.decode(value, { stream: true }));
        rows.value = Math.max(0, counter.records - 1);
      }
      counter.push(decoder.decode());
      finished.value = Math.max(0, counter.finish() - 1);
      rows.value = finished.value;
      fileUrl.value = URL.createObjectURL(new Blob(parts, { type: 'text/csv;charset=utf-8' }));
      save();
    } catch (caught) {
      if ((caught as Error).name !== 'AbortError') error.value = caught as Error;
    } finally {
      running.value = false;
      controller = null;
    }
  }

  function cancel() {
    controller?.abort();
  }

  return { running, rows, finished, error, fileUrl, start, cancel, save };
}
