const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/**
 * The Content-Type to send for a file, one of accepted: the browser's own type when accepted, else the
 * one its name suggests, else the first accepted (the API checks the content and refuses a mismatch).
 */
export function contentTypeOf(file: { type: string; name: string }, accepted: readonly string[]): string {
  if (accepted.includes(file.type)) return file.type;
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  const guessed = extension === undefined ? undefined : TYPE_BY_EXTENSION[extension];
  return guessed !== undefined && accepted.includes(guessed) ? guessed : accepted[0]!;
}

/**
 * openapi-fetch options that send a file as the raw request body, with its Content-Type (see
 * contentTypeOf); the contract types binary bodies as strings. A file whose upload is controlled (see
 * controlUpload) goes through XMLHttpRequest, with progress and cancellation.
 */
export function fileBody(file: File, accepted: readonly string[]) {
  const control = controls.get(file);
  return {
    body: file as unknown as string,
    bodySerializer: (b: unknown) => b as Blob,
    headers: { 'Content-Type': contentTypeOf(file, accepted) },
    ...(control ? { fetch: xhrFetch(file, control), signal: control.signal } : {}),
  };
}

/** What the person sending a file sees and can do while it goes: its progress, and a way to stop it. */
export interface UploadControl {
  /** The share of the file sent so far, 0–100. */
  onProgress: (percent: number) => void;
  /** Aborting it cancels the upload (the request is aborted, the API keeps nothing). */
  signal: AbortSignal;
}

/*
 * The upload component registers the control of the file it sends; fileBody finds it there, so every
 * feature's upload mutation reports progress and can be cancelled without threading callbacks through
 * its own signature. Weak: a file forgotten by the page is forgotten here too.
 */
const controls = new WeakMap<Blob, UploadControl>();

/** Makes the next upload of this file report its progress and obey the signal (see fileBody). */
export function controlUpload(file: Blob, control: UploadControl): void {
  controls.set(file, control);
}

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/**
 * A fetch for openapi-fetch that sends the file with XMLHttpRequest, whose upload progress events fetch
 * does not have (a streamed fetch body needs HTTP/2 and half-duplex support that browsers do not all
 * offer). The request's headers (token, language, If-Match…) were set by the client's middleware and are
 * copied; the file itself is sent as the body.
 */
export function xhrFetch(file: Blob, control: UploadControl) {
  return (request: Request): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const signal = control.signal;
      if (signal.aborted) {
        reject(new DOMException('Upload cancelled', 'AbortError'));
        return;
      }
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      request.headers.forEach((value, key) => xhr.setRequestHeader(key, value));
      xhr.responseType = 'blob';
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && e.total > 0) control.onProgress(Math.min(100, (e.loaded / e.total) * 100));
      };
      const onAbort = () => xhr.abort();
      signal.addEventListener('abort', onAbort, { once: true });
      const done = () => signal.removeEventListener('abort', onAbort);
      xhr.onload = () => {
        done();
        control.onProgress(100);
        const nullBody = [101, 204, 205, 304].includes(xhr.status);
        resolve(
          new Response(nullBody ? null : (xhr.response as Blob), {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: parseHeaders(xhr.getAllResponseHeaders()),
          }),
        );
      };
      xhr.onerror = () => {
        done();
        reject(new TypeError('Network error while uploading'));
      };
      xhr.onabort = () => {
        done();
        reject(new DOMException('Upload cancelled', 'AbortError'));
      };
      xhr.send(file);
    });
}

/** Whether an error is the cancellation of an upload (not a failure to show). */
export function isUploadCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
