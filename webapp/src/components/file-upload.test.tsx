import { Notifications } from '@mantine/notifications';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileBody } from '@/lib/api/files';
import { renderWithMantine } from '@/test/render';
import { FileUpload } from './file-upload';

/** A stand-in for the browser's XMLHttpRequest: the test drives its upload events and its end. */
class FakeXhr {
  static last: FakeXhr | undefined;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  sent: unknown;
  aborted = false;
  status = 0;
  statusText = '';
  response: unknown = null;
  responseType = '';
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } =
    {
      onprogress: null,
    };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(key: string, value: string) {
    this.headers[key.toLowerCase()] = value;
  }
  send(body: unknown) {
    this.sent = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  getAllResponseHeaders() {
    return 'content-type: application/json\r\netag: "4"\r\n';
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total });
  }
  finish(status: number, body: string) {
    this.status = status;
    this.response = new Blob([body], { type: 'application/json' });
    this.onload?.();
  }
}

const PDF = ['application/pdf'];

/** The way a feature's mutation sends the file: openapi-fetch calls fileBody's fetch with its Request. */
function sendWith(file: File) {
  const options = fileBody(file, PDF);
  const request = new Request('http://api.test/api/v1/things/1/file?fileName=x.pdf', {
    method: 'PUT',
    headers: { ...options.headers, Authorization: 'Bearer t', 'If-Match': '"3"' },
  });
  return (options.fetch ?? fetch)(request);
}

function renderUpload(onResult: (r: Response) => void) {
  return renderWithMantine(
    <>
      <Notifications />
      <FileUpload
        label="Tệp"
        help="PDF"
        accept="application/pdf"
        maxBytes={1024 * 1024}
        uploading={false}
        testId="doc"
        upload={(file, { onSuccess, onError }) => {
          sendWith(file).then((r) => {
            onResult(r);
            onSuccess();
          }, onError);
        }}
      />
    </>,
  );
}

function choose(name = 'bao-cao.pdf') {
  const file = new File(['%PDF-1.7 nội dung'], name, { type: 'application/pdf' });
  const input = document.querySelector('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [file] } });
  return file;
}

describe('FileUpload', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeXhr.last = undefined;
  });

  it('shows the share sent, then the API answer is the response, with the request as the client made it', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const results: Response[] = [];
    renderUpload((r) => results.push(r));
    const file = choose();
    fireEvent.click(screen.getByTestId('doc-button'));

    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe('PUT');
    expect(xhr.url).toBe('http://api.test/api/v1/things/1/file?fileName=x.pdf');
    expect(xhr.headers).toMatchObject({
      authorization: 'Bearer t',
      'if-match': '"3"',
      'content-type': 'application/pdf',
    });
    expect(xhr.sent).toBe(file);

    act(() => xhr.progress(0, 1000));
    expect(screen.getByTestId('doc-progress').textContent).toMatch(/bao-cao\.pdf.*0\s?%/);
    act(() => xhr.progress(420, 1000));
    expect(screen.getByTestId('doc-progress').textContent).toMatch(/42\s?%/);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('42');

    act(() => xhr.finish(200, '{"version":4}'));
    await waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]!.status).toBe(200);
    expect(results[0]!.headers.get('etag')).toBe('"4"');
    expect(await results[0]!.json()).toEqual({ version: 4 });
    await waitFor(() => expect(screen.queryByTestId('doc-progress')).toBeNull());
  });

  it('cancels: the request is aborted, no error is shown, the file can be sent again', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const results: Response[] = [];
    renderUpload((r) => results.push(r));
    choose();
    fireEvent.click(screen.getByTestId('doc-button'));
    const xhr = FakeXhr.last!;
    act(() => xhr.progress(300, 1000));

    fireEvent.click(screen.getByTestId('doc-cancel'));
    expect(xhr.aborted).toBe(true);
    await waitFor(() => expect(screen.queryByTestId('doc-progress')).toBeNull());
    expect(screen.queryByTestId('problem')).toBeNull();
    expect(results).toHaveLength(0);
    expect(
      await screen.findByText(/Đã hủy tải lên bao-cao\.pdf|Upload of bao-cao\.pdf cancelled/),
    ).toBeTruthy();
    // still chosen: sending again starts a new request
    expect((screen.getByTestId('doc-button') as HTMLButtonElement).disabled).toBe(false);
  });

  it('a file sent without the component goes through fetch as before', () => {
    const options = fileBody(new File(['x'], 'a.pdf', { type: 'application/pdf' }), PDF);
    expect('fetch' in options).toBe(false);
    expect(options.headers['Content-Type']).toBe('application/pdf');
  });
});
