/**
 * PDF rendering with pdf.js: the library is loaded on first use (it is large and only the
 * invoice view needs it), its worker is a file Vite bundles with the app and serves from the
 * app's own origin (the CSP's script-src 'self' covers it: no blob:, no CDN, no plugin).
 * Pages are drawn into canvases on the main thread.
 */
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

/** pdf.js with its worker configured, loaded once. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url')
  ]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  });
  // A failed load (e.g. the worker file missing) may be retried on the next open.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** An opened PDF: its page count, drawing into canvases, and closing. */
export interface OpenedPdf {
  readonly pageCount: number;
  /**
   * Draws page `pageNumber` (1-based) into `canvas`, `cssWidth` pixels wide on screen and
   * sharp on high-density displays. Resolves when drawn; a cancelled draw rejects.
   */
  drawPage(pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<void>;
  /** Stops the draws in progress (their promises reject as cancelled). */
  cancelDraws(): void;
  /** Stops any draw in progress and frees the document and its worker. */
  close(): void;
}

/** Opens PDF bytes (the array is handed to the worker: do not reuse it). */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({ data: bytes });
  const doc: PDFDocumentProxy = await task.promise;
  const running = new Set<RenderTask>();
  const cancelDraws = (): void => {
    for (const render of running) render.cancel();
    running.clear();
  };
  return {
    pageCount: doc.numPages,
    async drawPage(pageNumber, canvas, cssWidth) {
      const page = await doc.getPage(pageNumber);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: cssWidth / base.width });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      const render = page.render({
        canvas,
        viewport,
        ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {})
      });
      running.add(render);
      try {
        await render.promise;
      } finally {
        running.delete(render);
      }
    },
    cancelDraws,
    close() {
      cancelDraws();
      void task.destroy();
    }
  };
}

/** Whether an error is pdf.js telling that a draw was cancelled on purpose. */
export function isCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'RenderingCancelledException';
}
