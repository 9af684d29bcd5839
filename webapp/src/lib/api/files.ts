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
 * contentTypeOf); the contract types binary bodies as strings.
 */
export function fileBody(file: File, accepted: readonly string[]) {
  return {
    body: file as unknown as string,
    bodySerializer: (b: unknown) => b as Blob,
    headers: { 'Content-Type': contentTypeOf(file, accepted) },
  };
}
