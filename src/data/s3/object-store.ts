import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Config } from '#config';
import { outboundClientOptions } from '#data/outbound/aws-sdk-http';
import { ServiceUnavailableError } from '#domain/errors';

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
 * never pass through the API), HEAD to verify an upload, put, delete. Streamed multipart
 * uploads are the worker's alone (object-uploads.ts).
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
        throw storageUnavailable(error);
      }
    },

    /** An object's content as text, or undefined when there is no such object. */
    async getText(key: string): Promise<string | undefined> {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return (await out.Body?.transformToString('utf8')) ?? '';
      } catch (error) {
        if (
          error instanceof NoSuchKey ||
          (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)
        ) {
          return undefined;
        }
        throw storageUnavailable(error);
      }
    },

    async put(key: string, body: string | Uint8Array, contentType: string): Promise<void> {
      try {
        await client.send(
          new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }),
        );
      } catch (error) {
        throw storageUnavailable(error);
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
          throw storageUnavailable(error);
        }
        if (failed.length > 0) {
          throw storageUnavailable(
            new Error(`DeleteObjects left ${failed.length} objects: ${failed.slice(0, 3).join(', ')}`),
          );
        }
      }
    },

    async delete(key: string): Promise<void> {
      try {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      } catch (error) {
        throw storageUnavailable(error);
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

/** What any failed call to the bucket becomes: unavailable, with a retry hint. */
export function storageUnavailable(error: unknown): ServiceUnavailableError {
  return new ServiceUnavailableError('File storage is unavailable.', 2, error);
}
