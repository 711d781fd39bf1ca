/**
 * PUTs a file to a presigned URL (S3, not an API route) with XMLHttpRequest, the one browser
 * API that reports upload progress. Resolves when the store answers 2xx.
 */
export function uploadToPresignedUrl(
  upload: { url: string; method: string; headers: Record<string, string> },
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(upload.method, upload.url);
    for (const [name, value] of Object.entries(upload.headers)) {
      // The browser sets Content-Length itself and refuses to be told.
      if (name.toLowerCase() !== 'content-length') request.setRequestHeader(name, value);
    }
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () =>
      request.status >= 200 && request.status < 300
        ? resolve()
        : reject(new Error(`The file store refused the upload (${request.status}).`));
    request.onerror = () => reject(new Error('The upload did not reach the file store.'));
    request.send(file);
  });
}
