import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Config } from '#config';
import { ServiceUnavailableError } from '#domain/errors';
import { outboundClientOptions } from './outbound-http.ts';

export interface PresignedUpload {
  url: string;
  method: 'PUT';
  /** Headers the client must send exactly; they are part of the signature. */
  headers: Record<string, string>;
  expiresAt: string;
}

export interface StoredObjectInfo {
  size: number;
  contentType: string | undefined;
}

export interface StreamUploadOptions {
  /** Aborts the upload (its parts are discarded); `upload` then rejects at once. */
  signal?: AbortSignal;
  /** Called after each part S3 accepted. */
  onPart?: () => void;
}

/** S3's smallest part; the upload buffers at most `UPLOAD_QUEUE` parts plus the one it fills. */
export const UPLOAD_PART_BYTES = 5 * 1024 * 1024;
const UPLOAD_QUEUE = 2;
/** DeleteObjects takes at most this many keys. */
const DELETE_BATCH = 1000;

/** The longest a presigned URL lives; uploads and downloads ask for less. */
export const MAX_PRESIGN_SECONDS = 15 * 60;

export function createS3Client(config: Pick<Config, 'region' | 's3' | 'outbound'>): S3Client {
  return new S3Client({
    region: config.region,
    ...outboundClientOptions(config.outbound),
    ...(config.s3.endpoint ? { endpoint: config.s3.endpoint, forcePathStyle: true } : {}),
    // Presigned PUTs must not carry an empty-body checksum, and streamed puts must not store aws-chunked framing.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * The bucket as the application sees it: presigned upload and download URLs (bytes
 * never pass through the API), HEAD to verify an upload, put for exports, delete.
 */
export function createObjectStore(client: S3Client, bucket: string, now: () => Date = () => new Date()) {
  const seconds = (requested: number) => Math.min(Math.max(1, Math.floor(requested)), MAX_PRESIGN_SECONDS);

  return {
    /** A PUT URL with content type and length bound into the signature. */
    async presignUpload(
      key: string,
      contentType: string,
      size: number,
      expiresInSeconds: number,
    ): Promise<PresignedUpload> {
      const expiresIn = seconds(expiresInSeconds);
      const command = new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        ContentType: contentType,
        ContentLength: size,
      });
      const url = await getSignedUrl(client, command, {
        expiresIn,
        signableHeaders: new Set(['content-type', 'content-length']),
      });
      return {
        url,
        method: 'PUT',
        headers: { 'Content-Type': contentType },
        expiresAt: new Date(now().getTime() + expiresIn * 1000).toISOString(),
      };
    },

    /** A GET URL whose response names the original file (Content-Disposition). */
    async presignDownload(key: string, filename: string, expiresInSeconds: number) {
      const expiresIn = seconds(expiresInSeconds);
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        ResponseContentDisposition: contentDisposition(filename),
      });
      const url = await getSignedUrl(client, command, { expiresIn });
      return { url, expiresAt: new Date(now().getTime() + expiresIn * 1000).toISOString() };
    },

    /** Size and type of a stored object, or undefined when nothing is there yet. */
    async head(key: string): Promise<StoredObjectInfo | undefined> {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { size: head.ContentLength ?? 0, contentType: head.ContentType };
      } catch (error) {
        if (
          error instanceof NotFound ||
          (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)
        ) {
          return undefined;
        }
        throw unavailable(error);
      }
    },

    async put(key: string, body: string | Uint8Array, contentType: string): Promise<void> {
      try {
        await client.send(
          new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }),
        );
      } catch (error) {
        throw unavailable(error);
      }
    },

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
        throw unavailable(error);
      } finally {
        options.signal?.removeEventListener('abort', abort);
        source.destroy();
      }
    },

    /** Deletes the objects (any number; missing ones are fine), 1,000 per request. */
    async deleteMany(keys: readonly string[]): Promise<void> {
      for (let start = 0; start < keys.length; start += DELETE_BATCH) {
        const batch = keys.slice(start, start + DELETE_BATCH);
        let failed: string[];
        try {
          const out = await client.send(
            new DeleteObjectsCommand({
              Bucket: bucket,
              Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
            }),
          );
          failed = (out.Errors ?? []).map((error) => `${error.Key}: ${error.Code}`);
        } catch (error) {
          throw unavailable(error);
        }
        if (failed.length > 0) {
          throw unavailable(
            new Error(`DeleteObjects left ${failed.length} objects: ${failed.slice(0, 3).join(', ')}`),
          );
        }
      }
    },

    async delete(key: string): Promise<void> {
      try {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      } catch (error) {
        throw unavailable(error);
      }
    },
  };
}

export type ObjectStore = ReturnType<typeof createObjectStore>;

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / 8187). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

function unavailable(error: unknown): ServiceUnavailableError {
  return new ServiceUnavailableError('File storage is unavailable.', 2, error);
}
