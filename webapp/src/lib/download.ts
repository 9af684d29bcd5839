import { useState } from 'react';

/** Saves a Blob as a file (an <a download> on an object URL). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Shows an HTML document fetched with the bearer token in a new tab. Call it in the click itself: a
 * window opened then is not blocked as a pop-up, and the document is put in it when it arrives; the
 * window is closed again when the fetch fails.
 */
export async function openHtmlDocument(fetchDocument: () => Promise<Blob>): Promise<void> {
  const win = window.open('', '_blank');
  try {
    const blob = await fetchDocument();
    const url = URL.createObjectURL(new Blob([blob], { type: 'text/html;charset=utf-8' }));
    if (win) win.location.href = url;
    else window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (e) {
    win?.close();
    throw e;
  }
}

/**
 * For download buttons: which one is busy (its key) and the last failure. run starts a download (at
 * once, so that a window it opens counts as part of the click) and records its outcome.
 */
export function useDownloads<K extends string>() {
  const [busy, setBusy] = useState<K | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (key: K, download: () => Promise<void>) => {
    setError(null);
    setBusy(key);
    try {
      await download();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, run };
}

/** The forms a produced document comes in: PDF and Word to download, HTML to preview and print. */
export type DocumentFormat = 'pdf' | 'docx' | 'html';

/** A produced document as the API sent it, with the file name it gave (RFC 6266 filename*). */
export interface DocumentFile {
  blob: Blob;
  fileName: string;
}

/** The file name of an attachment, as the API named it (see fileNameFromDisposition). */
export function fileNameOf(response: Response, fallback: string): string {
  return fileNameFromDisposition(response.headers.get('content-disposition'), fallback);
}

/** The file formats of the list exports (the API's format parameter). */
export type ExportFormat = 'xlsx' | 'csv';

/**
 * The file name a Content-Disposition header gives: the UTF-8 filename* (RFC 6266, the Vietnamese
 * name) over the ASCII filename fallback; the fallback argument when neither is there.
 */
export function fileNameFromDisposition(disposition: string | null, fallback: string): string {
  const header = disposition ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (utf8?.[1]) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      // a malformed escape: use the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] || fallback;
}

/** Downloads a response body as a file named by its Content-Disposition. */
export async function saveResponse(response: Response, fallbackName: string): Promise<void> {
  const blob = await response.blob();
  saveBlob(blob, fileNameFromDisposition(response.headers.get('content-disposition'), fallbackName));
}
