import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { storageUnavailable } from './object-store.ts';

export interface StreamUploadOptions {
  /** Aborts the upload (its parts are discarded); `upload` then rejects at once. */
  signal?: AbortSignal;
  /** Called after each part S3 accepted. */
  onPart?: () => void;
}

/** S3's smallest part; an upload buffers at most `UPLOAD_QUEUE` parts plus the one it fills. */
export const UPLOAD_PART_BYTES = 5 * 1024 * 1024;
const UPLOAD_QUEUE = 2;

/**
 * Objects the service writes from a stream of its own (the export worker's results), as
 * multipart uploads. Apart from the object store because only the worker streams: the API's
 * bundle does not carry the SDK's uploader.
 */
export function createObjectUploads(client: S3Client, bucket: string) {
  return {
    /**
     * Streams `parts` to `key` as a multipart upload (a single PUT when it all fits in one part),
     * so memory stays at a few parts whatever the size. An error thrown by `parts` itself is
     * rethrown as it is; S3 failures are 503s. A failed or aborted upload leaves no object (and
     * the bucket's lifecycle rule removes parts an abort could not).
     */
    async upload(
      key: string,
      parts: AsyncIterable<string | Uint8Array>,
      contentType: string,
      options: StreamUploadOptions = {},
    ): Promise<void> {
      let sourceError: unknown;
      const source = Readable.from(
        (async function* bytes() {
          try {
            for await (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : part;
          } catch (error) {
            sourceError = error;
            throw error;
          }
        })(),
        { objectMode: false },
      );
      const controller = new AbortController();
      const abort = () => controller.abort();
      if (options.signal?.aborted) abort();
      options.signal?.addEventListener('abort', abort, { once: true });
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: key, Body: source, ContentType: contentType },
        partSize: UPLOAD_PART_BYTES,
        queueSize: UPLOAD_QUEUE,
        abortController: controller,
      });
      if (options.onPart) upload.on('httpUploadProgress', options.onPart);
      try {
        await upload.done();
      } catch (error) {
        if (sourceError !== undefined) throw sourceError;
        throw storageUnavailable(error);
      } finally {
        options.signal?.removeEventListener('abort', abort);
        source.destroy();
      }
    },
  };
}

export type ObjectUploads = ReturnType<typeof createObjectUploads>;
